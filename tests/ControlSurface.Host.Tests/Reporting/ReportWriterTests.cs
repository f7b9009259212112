using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Host.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Host.Tests.Reporting;

public sealed class ReportWriterTests
{
    [Fact]
    public void Write_DawDisplays_AppearBesideTheTransportTimeAndInTheStrips()
    {
        var engine = new BridgeEngine(new EngineOptions { StripCount = 8 }, new FakeTimeProvider());
        var target = engine.AddTarget(new Daw());
        foreach (var (i, c) in "001010 000".Select((c, i) => (i, c)))
            engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.TimeDisplay, i), c | (i is 2 or 4 ? TransportDisplay.DotFlag : 0)));
        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.TimeDisplayMode), (int)TimeDisplayMode.BarsBeats));
        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.AssignmentDisplay, 0), 'M'));
        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.AssignmentDisplay, 1), 'X'));
        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.ValueText, 1), 0, "L50R50"));

        using var report = JsonDocument.Parse(ReportWriter.Write(engine));

        var display = report.RootElement.GetProperty("transport").GetProperty("display");
        Assert.Equal(("001.01.0 000", "bbt", "MX"), (display.GetProperty("time").GetString(), display.GetProperty("mode").GetString(), display.GetProperty("assignment").GetString()));
        Assert.Equal("L50R50", report.RootElement.GetProperty("strips")[1].GetProperty("valueText").GetString());
        Assert.Equal("", report.RootElement.GetProperty("master").GetProperty("valueText").GetString());
    }

    private sealed class Daw : ITarget
    {
        public string Name => "daw";

        public void Apply(in ModelChange change)
        {
        }
    }
}
