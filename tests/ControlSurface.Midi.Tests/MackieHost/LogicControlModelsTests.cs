using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class LogicControlModelsTests
{
    [Fact]
    public void Respond_ToChallenge01020304_FollowsApplesFormulas()
    {
        // Worked by hand: r1 = 1 + (2^0A) - 4 = 5; r2 = (3>>4) ^ (1+4) = 5; r3 = (4 - 12) ^ 3 = 0x7B; r4 = 2 - 3 + (F0^40) = 0x2F (7 bits).
        Span<byte> response = stackalloc byte[4];

        LogicControlModels.Respond([1, 2, 3, 4], response);

        Assert.Equal([0x05, 0x05, 0x7B, 0x2F], response.ToArray());
    }
}
