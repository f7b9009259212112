using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class MidiStreamParserTests
{
    private static List<string> Parse(params byte[] bytes) => RecordingSink.ParseAll(bytes);

    [Fact]
    public void Parse_NoteOnWithStatus_DeliversOneMessageAtItsOffset() =>
        Assert.Equal(["90 3C 64 @0"], Parse(0x90, 0x3C, 0x64));

    [Fact]
    public void Parse_RunningStatus_ReusesLastStatus() =>
        Assert.Equal(["90 3C 64 @0", "90 3E 00 @3", "90 40 7F @5"], Parse(0x90, 0x3C, 0x64, 0x3E, 0x00, 0x40, 0x7F));

    [Fact]
    public void Parse_RunningStatusOnOneByteMessages_RepeatsProgramChange() =>
        Assert.Equal(["C2 05 @0", "C2 06 @2", "D2 40 @3", "D2 41 @5"], Parse(0xC2, 0x05, 0x06, 0xD2, 0x40, 0x41));

    [Fact]
    public void Parse_VelocityZero_StaysNoteOn()
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse([0x93, 0x3C, 0x00], ref sink);

        Assert.Equal(MidiMessageKind.NoteOn, Assert.Single(sink.Messages).Kind);
        Assert.Equal(3, sink.Messages[0].Channel.Index);
    }

    [Theory]
    [InlineData(0xF1, 1)]
    [InlineData(0xF2, 2)]
    [InlineData(0xF3, 1)]
    [InlineData(0xF6, 0)]
    public void Parse_SystemCommon_CancelsRunningStatus(int status, int dataLength)
    {
        byte[] bytes = [0x90, 0x3C, 0x64, (byte)status, .. Enumerable.Repeat((byte)0x01, dataLength), 0x3E, 0x00];

        var lines = Parse(bytes);

        Assert.Equal(3, lines.Count);
        Assert.Equal($"StrayData @{4 + dataLength}", lines[2]);
    }

    [Fact]
    public void Parse_SysEx_CancelsRunningStatus() =>
        Assert.Equal(["90 3C 64 @0", "sysex [01] complete @3", "StrayData @6"], Parse(0x90, 0x3C, 0x64, 0xF0, 0x01, 0xF7, 0x3E, 0x00));

    [Fact]
    public void Parse_SystemCommonMessages_DecodeTheirData()
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse([0xF1, 0x35, 0xF2, 0x10, 0x02, 0xF3, 0x07, 0xF6], ref sink);

        Assert.Equal(
            [MidiMessageKind.MtcQuarterFrame, MidiMessageKind.SongPosition, MidiMessageKind.SongSelect, MidiMessageKind.TuneRequest],
            sink.Messages.Select(m => m.Kind));
        Assert.Equal(0x35, sink.Messages[0].Value);
        Assert.Equal(0x10 | (0x02 << 7), sink.Messages[1].Value14);
        Assert.Equal(7, sink.Messages[2].Value);
    }

    [Fact]
    public void Parse_RealTimeBetweenStatusAndData_IsDeliveredFirstAndDisturbsNothing() =>
        Assert.Equal(["F8 @1", "F8 @3", "90 3C 64 @0"], Parse(0x90, 0xF8, 0x3C, 0xF8, 0x64));

    [Fact]
    public void Parse_RealTimeInsideSysEx_IsDeliveredAndSysExContinues() =>
        Assert.Equal(["FE @2", "sysex [0102] complete @0"], Parse(0xF0, 0x01, 0xFE, 0x02, 0xF7));

    [Fact]
    public void Parse_RealTime_KeepsRunningStatus() =>
        Assert.Equal(["90 3C 64 @0", "FC @3", "90 3E 00 @4"], Parse(0x90, 0x3C, 0x64, 0xFC, 0x3E, 0x00));

    [Fact]
    public void Parse_RealTimeInsideStrayRun_DoesNotStartASecondReport() =>
        Assert.Equal(["StrayData @0", "F8 @1"], Parse(0x3C, 0xF8, 0x64));

    [Theory]
    [InlineData(0xF8, MidiMessageKind.Clock)]
    [InlineData(0xFA, MidiMessageKind.Start)]
    [InlineData(0xFB, MidiMessageKind.Continue)]
    [InlineData(0xFC, MidiMessageKind.Stop)]
    [InlineData(0xFE, MidiMessageKind.ActiveSensing)]
    [InlineData(0xFF, MidiMessageKind.Reset)]
    public void Parse_RealTimeByte_DeliversItsKind(int status, MidiMessageKind kind)
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse([(byte)status], ref sink);

        Assert.Equal(kind, Assert.Single(sink.Messages).Kind);
    }

    [Theory]
    [InlineData(0xF4)]
    [InlineData(0xF5)]
    public void Parse_UndefinedSystemCommon_IsReportedItsDataIgnoredAndRunningStatusCancelled(int status) =>
        Assert.Equal(["90 3C 64 @0", "UndefinedStatus @3", "90 40 00 @6"],
            Parse(0x90, 0x3C, 0x64, (byte)status, 0x3E, 0x00, 0x90, 0x40, 0x00));

    [Theory]
    [InlineData(0xF9)]
    [InlineData(0xFD)]
    public void Parse_UndefinedRealTime_IsReportedAndDisturbsNothing(int status) =>
        Assert.Equal(["UndefinedStatus @2", "B0 07 7F @0", "B0 08 00 @4"], Parse(0xB0, 0x07, (byte)status, 0x7F, 0x08, 0x00));

    [Fact]
    public void Parse_CompleteSysEx_DeliversBodyWithoutF0AndF7() =>
        Assert.Equal(["sysex [00206614] complete @0"], Parse(0xF0, 0x00, 0x20, 0x66, 0x14, 0xF7));

    [Fact]
    public void Parse_SysExOverLimit_ReportsOverflowSkipsToItsEndAndRecovers()
    {
        var options = new MidiParserOptions { MaxSysExLength = 4 };

        var lines = RecordingSink.ParseAll([0xF0, 1, 2, 3, 4, 5, 6, 0xF7, 0x90, 0x3C, 0x64], options);

        Assert.Equal(["SysExOverflow @5", "90 3C 64 @8"], lines);
    }

    [Fact]
    public void Parse_SysExOverLimitWithDeliverPartial_DeliversTheFirstBytesAsIncomplete()
    {
        var options = new MidiParserOptions { MaxSysExLength = 4, SysExOverflow = SysExOverflowPolicy.DeliverPartial };

        var lines = RecordingSink.ParseAll([0xF0, 1, 2, 3, 4, 5, 0xF7], options);

        Assert.Equal(["sysex [01020304] incomplete @0", "SysExOverflow @5"], lines);
    }

    [Fact]
    public void Parse_SysExExactlyAtLimit_IsComplete() =>
        Assert.Equal(["sysex [01020304] complete @0"],
            RecordingSink.ParseAll([0xF0, 1, 2, 3, 4, 0xF7], new MidiParserOptions { MaxSysExLength = 4 }));

    [Fact]
    public void Parse_OverflowedSysExCutByStatus_ProcessesThatStatus() =>
        Assert.Equal(["SysExOverflow @3", "90 3C 64 @5"],
            RecordingSink.ParseAll([0xF0, 1, 2, 3, 4, 0x90, 0x3C, 0x64], new MidiParserOptions { MaxSysExLength = 2 }));

    [Fact]
    public void Parse_SysExCutShortByStatus_IsIncompleteThenStatusIsProcessed() =>
        Assert.Equal(["sysex [0102] incomplete @0", "90 3C 64 @3"], Parse(0xF0, 0x01, 0x02, 0x90, 0x3C, 0x64));

    [Fact]
    public void Parse_SysExCutShortByF0_StartsANewSysEx() =>
        Assert.Equal(["sysex [01] incomplete @0", "sysex [02] complete @2"], Parse(0xF0, 0x01, 0xF0, 0x02, 0xF7));

    [Fact]
    public void Parse_LargeSysEx_GrowsBufferUpToDefaultLimit()
    {
        byte[] body = [.. Enumerable.Range(0, 5000).Select(i => (byte)(i & 0x7F))];

        var lines = Parse([0xF0, .. body, 0xF7]);

        Assert.Equal([$"sysex [{Convert.ToHexString(body)}] complete @0"], lines);
    }

    [Fact]
    public void Parse_MessageCutShortByStatus_IsReportedTruncatedAtItsStart() =>
        Assert.Equal(["Truncated @0", "80 3C 00 @2"], Parse(0x90, 0x3C, 0x80, 0x3C, 0x00));

    [Fact]
    public void Parse_StatusByteAloneCutShort_IsTruncated() =>
        Assert.Equal(["Truncated @0", "B0 07 7F @1"], Parse(0x90, 0xB0, 0x07, 0x7F));

    [Fact]
    public void Parse_RunningStatusMessageCutShort_IsTruncatedAtItsFirstDataByte() =>
        Assert.Equal(["90 3C 64 @0", "Truncated @3", "B0 07 7F @4"], Parse(0x90, 0x3C, 0x64, 0x3E, 0xB0, 0x07, 0x7F));

    [Fact]
    public void Parse_SystemCommonCutShort_IsTruncated() =>
        Assert.Equal(["F8 @2", "Truncated @0", "F6 @3"], Parse(0xF2, 0x01, 0xF8, 0xF6));

    [Fact]
    public void Parse_DataWithNoStatus_IsOneStrayReportPerRun() =>
        Assert.Equal(["StrayData @0", "90 3C 64 @3", "F3 01 @6", "StrayData @8"], Parse(0x3C, 0x64, 0x3E, 0x90, 0x3C, 0x64, 0xF3, 0x01, 0x05, 0x06));

    [Fact]
    public void Parse_EoxOutsideSysEx_IsReportedAsStrayEox() =>
        Assert.Equal(["StrayEox @0", "StrayEox @4"], Parse(0xF7, 0xF0, 0x01, 0xF7, 0xF7).Where(l => l.StartsWith("Stray", StringComparison.Ordinal)));

    [Fact]
    public void Parse_EoxInsideMessage_IsTruncatedThenStrayEox() =>
        Assert.Equal(["Truncated @0", "StrayEox @2"], Parse(0x90, 0x3C, 0xF7));

    [Fact]
    public void Complete_PendingMessage_IsReportedTruncated() =>
        Assert.Equal(["90 3C 64 @0", "Truncated @3"], Parse(0x90, 0x3C, 0x64, 0x3E));

    [Fact]
    public void Complete_OpenSysEx_IsDeliveredIncomplete() =>
        Assert.Equal(["sysex [0102] incomplete @0"], Parse(0xF0, 0x01, 0x02));

    [Fact]
    public void Complete_ResetsRunningStatusAndOffset()
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();
        parser.Parse([0x90, 0x3C, 0x64], ref sink);

        parser.Complete(ref sink);
        parser.Parse([0x3C, 0x64], ref sink);

        Assert.Equal(["90 3C 64 @0", "StrayData @0"], sink.Lines);
    }

    [Fact]
    public void Parse_OffsetsCountAcrossChunks()
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse([0x90, 0x3C, 0x64], ref sink);
        parser.Parse([0x3E], ref sink);
        parser.Parse([0x00, 0x07], ref sink);

        Assert.Equal(["90 3C 64 @0", "90 3E 00 @3"], sink.Lines);
        Assert.Equal(6, parser.Offset);
    }

    [Fact]
    public void Reset_DropsPendingStateWithoutReporting()
    {
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();
        parser.Parse([0xF0, 0x01, 0x90, 0x3C], ref sink);

        parser.Reset();
        parser.Parse([0x64], ref sink);

        Assert.Equal(["sysex [01] incomplete @0", "StrayData @0"], sink.Lines);
    }

    [Fact]
    public void Parse_MultiSegmentSequence_MatchesOneSpan()
    {
        byte[] bytes = [0x90, 0x3C, 0x64, 0xF0, 0x01, 0xF8, 0x02, 0xF7, 0x3E, 0xE0, 0x00, 0x40];
        var sequence = SequenceSegment.Split(bytes, 2, 5, 6, 10);
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse(sequence, ref sink);

        Assert.Equal(RecordingSink.ParseAll(bytes, complete: false), sink.Lines);
    }
}
