using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Demo;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ControlSurface.Host.Tests.Demo;

/// <summary>The live view's pad panel, rendered to a true-colour terminal from a real engine's take session.</summary>
public sealed class PadGridTests
{
    private const string Red = "38;2;255;0;0m";      // recording
    private const string Amber = "38;2;255;128;0m";  // armed
    private const string Green = "38;2;0;255;0m";    // a take to act on
    private const string Gold = "38;2;255;215;0m";   // keeper
    private const string Purple = "38;2;128;0;255m"; // rejected

    private readonly BridgeEngine _engine = new(new EngineOptions(), new FakeTimeProvider());

    public PadGridTests()
    {
        _engine.AddSurface(new Board(), StandardBoard.Mapping(8, 16, 8));
        _ = new EngineTakes(_engine, new InMemoryTakeSheet());
    }

    private sealed class Board : ISurface
    {
        public string Name => "pads";

        public string Kind => "test";

        public SurfaceLayout Layout { get; } = new(8, true, true, 16, StandardBoard.ButtonCount(8), 8);

        public void Send(in FeedbackCommand command)
        {
        }
    }

    [Fact]
    public void Render_RecordingTake_BlinksTheRecordPadRed_ArmStaysAmber()
    {
        Hit(0); // arm
        Hit(1); // record
        var view = DemoView.Capture(_engine);

        var lit = Render(PadGrid.Render(view.Pads, TimeSpan.FromMilliseconds(100)));
        var dark = Render(PadGrid.Render(view.Pads, TimeSpan.FromMilliseconds(350)));

        Assert.Equal(16, view.Pads.Count);
        Assert.Contains(Red, lit, StringComparison.Ordinal);
        Assert.DoesNotContain(Red, dark, StringComparison.Ordinal);
        Assert.All([lit, dark], text => Assert.Contains(Amber, text, StringComparison.Ordinal));
        Assert.Contains("record", Plain(lit), StringComparison.Ordinal);
        Assert.Contains("REC", Plain(dark), StringComparison.Ordinal);
        Assert.Contains("armed", Plain(dark), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KeptTakeMarkedKeeper_ShowsGoldKeeperAndGreenPlay_ThenRejectShowsPurple()
    {
        Hit(0);
        Hit(1);
        Hit(1); // stop and keep
        Hit(4); // keeper
        var keeper = Render(PadGrid.Render(DemoView.Capture(_engine).Pads, TimeSpan.Zero));
        Hit(5); // reject
        var rejected = Render(PadGrid.Render(DemoView.Capture(_engine).Pads, TimeSpan.Zero));

        Assert.Contains(Gold, keeper, StringComparison.Ordinal);
        Assert.Contains(Green, keeper, StringComparison.Ordinal);
        Assert.Contains("keeper", Plain(keeper), StringComparison.Ordinal);
        Assert.Contains(Purple, rejected, StringComparison.Ordinal);
        Assert.DoesNotContain(Gold, rejected, StringComparison.Ordinal);
        Assert.Contains("rejected", Plain(rejected), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IdleSession_ShowsEveryPadDarkWithItsAction()
    {
        var text = Render(LiveView.Render(DemoView.Capture(_engine)));

        Assert.Contains("pads", text, StringComparison.Ordinal);
        Assert.Contains("marker:great", Plain(text), StringComparison.Ordinal);
        Assert.DoesNotContain(Red, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Amber, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Capture_WithoutTakePads_HasNoPadPanel()
    {
        var engine = new BridgeEngine(new EngineOptions(), new FakeTimeProvider());

        var view = DemoView.Capture(engine);

        Assert.Empty(view.Pads);
        Assert.DoesNotContain("pads", Render(LiveView.Render(view)), StringComparison.Ordinal);
    }

    private void Hit(int pad) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(0, ControlEventKind.PadHit, pad, 0.8)));

    private static string Render(IRenderable renderable)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        console.Write(renderable);
        return output.ToString();
    }

    private static string Plain(string ansi) => System.Text.RegularExpressions.Regex.Replace(ansi, "\u001b\\[[0-9;]*m", string.Empty);
}
