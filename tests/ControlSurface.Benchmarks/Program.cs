using BenchmarkDotNet.Running;
using ControlSurface.Benchmarks;
using ControlSurface.Benchmarks.Feedback;
using ControlSurface.Benchmarks.Firmware;
using ControlSurface.Benchmarks.Mackie;

// Profile decode (parser alone vs nanoKONTROL2 profile vs Mackie host receive): --filter '*ProfileDecode*' --job short --inProcess
// Run all: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*'
// Quick check: add --job short
// Firmware link round trip over a pty (custom timing, not BenchmarkDotNet): -- pty-rtt [--count 2000] [--runs 3]
// Firmware codec frames per CPU-second and allocation (custom timing, robust on a loaded box): -- codec-rate
// MIDI parser vs framer + NAudio, Stopwatch, interleaved rounds (ratio under load): -- midi-rate [--rounds 9]
// Feedback stage and engine per-event latency percentiles and allocation: -- feedback-latency [--seconds 20]
// Mackie Control codec vs NAudio, per message: --filter '*MackieCodec*' --job short --inProcess
// Fader frame on the pty -> pitch bend out of the JACK port (private jackd), p50/p99: -- mackie-latency [--moves 2000] [--period 256]
if (args.Length > 0 && args[0] == "mackie-latency")
    return await MackieLatency.RunAsync(args[1..]).ConfigureAwait(false);
if (args.Length > 0 && args[0] == "feedback-latency")
    return FeedbackLatency.Run(args[1..]);
if (args.Length > 0 && args[0] == "midi-rate")
    return MidiRate.Run(args[1..]);
if (args.Length > 0 && args[0] == "codec-rate")
    return CodecRate.Run(args[1..]);
if (args.Length > 0 && args[0] == "pty-rtt")
    return await PtyRoundTrip.RunAsync(args[1..]).ConfigureAwait(false);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
