using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Tests.Demo;

/// <summary>The scripted hand grabs like a person: never a knob the motor is moving, and it holds before it moves.</summary>
public sealed class DemoHandTests
{
    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Grab_WhileTheMotorMoves_WaitsUntilItStops()
    {
        var board = new RecordingBoard { Moving = true };
        var hand = new DemoHand(board);

        Play(hand, board, 0, 700);
        var touchedWhileMoving = board.Log.Contains("touch 0");
        board.Moving = false;
        Play(hand, board, 705, 705);

        Assert.False(touchedWhileMoving);
        Assert.Equal("touch 0", board.Log.First(e => e.StartsWith("touch", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ride_StartsOnlyAfterTheGripTime()
    {
        var board = new RecordingBoard();
        var hand = new DemoHand(board);

        Play(hand, board, 0, 1000);

        var touchAt = board.Times[board.Log.IndexOf("touch 0")];
        var firstMoveAt = board.Times[board.Log.FindIndex(e => e.StartsWith("move 0", StringComparison.Ordinal))];
        Assert.True(firstMoveAt - touchAt >= DemoHand.GripTime.TotalMilliseconds, $"moved {firstMoveAt - touchAt} ms after the grab");
    }

    [Fact]
    public void Release_AfterTheRide_LetsGoOnce()
    {
        var board = new RecordingBoard();
        var hand = new DemoHand(board);

        Play(hand, board, 0, 3000);

        Assert.Single(board.Log, e => e == "release 0");
        Assert.True(board.Log.LastIndexOf("release 0") > board.Log.FindLastIndex(e => e.StartsWith("move 0", StringComparison.Ordinal)));
    }

    private static void Play(DemoHand hand, RecordingBoard board, int fromMs, int toMs)
    {
        for (var t = fromMs; t <= toMs; t += 5)
        {
            board.Now = t;
            hand.Step(Ms(t));
        }
    }

    private sealed class RecordingBoard : IDemoBoard
    {
        public double Now { get; set; }

        public bool Moving { get; set; }

        public List<string> Log { get; } = [];

        public List<double> Times { get; } = [];

        public int Faders => 8;

        public bool MotorMoving(int fader) => Moving;

        public void Touch(int fader) => Add($"touch {fader}");

        public void Move(int fader, double position) => Add($"move {fader}");

        public void Release(int fader) => Add($"release {fader}");

        public void HitPad(int pad, double velocity) => Add($"pad {pad}");

        public void Click(int button) => Add($"click {button}");

        public void Turn(int encoder, int steps) => Add($"turn {encoder}");

        private void Add(string e)
        {
            Log.Add(e);
            Times.Add(Now);
        }
    }
}
