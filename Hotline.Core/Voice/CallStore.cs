using System.Data.Common;
using Dapper;
using Hotline.Contacts;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Telemetry;

namespace Hotline.Voice;

// Calls: the contact (channel voice, source_sid = CallSid), its voice_calls row, and one
// voice_call_events row per CallSid and event, whose unique index makes every callback idempotent.
public sealed class CallStore(HotlineDatabase database, TimeProvider time)
{
    static readonly byte[] UnknownCaller = [];

    const string InsertContactSql = """
        INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, body, key_id, stored_at)
        VALUES (@Channel, @CallSid, @ReceivedAt, @CallerHash, @CallerNumber, NULL, @KeyId, @Now)
        """;

    const string FindContactIdSql = """
        SELECT id FROM contacts WHERE source_sid = @CallSid
        """;

    const string InsertCallSql = """
        INSERT INTO voice_calls (contact_id, call_sid, danger_key, updated_at)
        VALUES (@ContactId, @CallSid, 0, @Now)
        """;

    const string InsertEventSql = """
        INSERT INTO voice_call_events (call_sid, event, received_at)
        VALUES (@CallSid, @Event, @ReceivedAt)
        """;

    // Whichever event comes first creates the contact; the recording callback carries no From,
    // so the caller is filled in by the first event that has one.
    const string FillCallerSql = """
        UPDATE contacts SET caller_hash = @CallerHash, caller_number = @CallerNumber, key_id = @KeyId
        WHERE id = @ContactId AND caller_hash = @UnknownCaller
        """;

    const string EarlierReceivedAtSql = """
        UPDATE contacts SET received_at = @ReceivedAt WHERE id = @ContactId AND received_at > @ReceivedAt
        """;

    const string TouchSql = """
        UPDATE voice_calls SET updated_at = @Now WHERE contact_id = @ContactId
        """;

    const string MenuSql = """
        UPDATE voice_calls
        SET menu_choice = COALESCE(menu_choice, @MenuChoice), language = COALESCE(language, @Language),
            danger_key = CASE WHEN @DangerKeyPressed = 1 THEN 1 ELSE danger_key END, updated_at = @Now
        WHERE contact_id = @ContactId
        """;

    const string DialSql = """
        UPDATE voice_calls
        SET staff_id = @StaffId, dial_status = @DialCallStatus, talk_seconds = @DialCallDuration, updated_at = @Now
        WHERE contact_id = @ContactId
        """;

    const string RecordingSql = """
        UPDATE voice_calls
        SET recording_sid = @RecordingSid, recording_url = COALESCE(@EncryptedRecordingUrl, recording_url),
            recording_seconds = @RecordingDuration, updated_at = @Now
        WHERE contact_id = @ContactId
        """;

    const string TranscriptionSql = """
        UPDATE voice_calls SET transcription_status = @TranscriptionStatus, updated_at = @Now WHERE contact_id = @ContactId
        """;

    const string TranscriptSql = """
        UPDATE contacts SET body = @EncryptedTranscript WHERE id = @ContactId AND body IS NULL
        """;

    const string StatusSql = """
        UPDATE voice_calls
        SET call_status = CASE WHEN @Final = 1 THEN @CallStatus ELSE call_status END,
            call_seconds = COALESCE(@CallDuration, call_seconds),
            call_ended_at = CASE WHEN @Final = 1 THEN COALESCE(call_ended_at, @Now) ELSE call_ended_at END,
            updated_at = @Now
        WHERE contact_id = @ContactId
        """;

    // Worked out again after every event from every column, so the order callbacks arrive in
    // does not matter.
    const string OutcomeSql = """
        UPDATE voice_calls
        SET outcome = CASE
            WHEN dial_status = 'completed' THEN 'answered'
            WHEN recording_seconds > 0 THEN 'voicemail'
            WHEN dial_status IS NOT NULL OR call_ended_at IS NOT NULL OR recording_sid IS NOT NULL THEN 'missed'
            ELSE NULL END
        WHERE contact_id = @ContactId
        """;

    // Taken once per call, by the first path that triages it (transcript, danger key, failed
    // transcription, or the sweep); never for an answered call.
    const string ClaimTriageSql = """
        UPDATE voice_calls SET triage_requested_at = @Now
        WHERE contact_id = @ContactId AND triage_requested_at IS NULL AND (outcome IS NULL OR outcome <> 'answered')
        """;

    public async Task<CallEventResult> RecordAsync(CallEventReported report, CancellationToken cancellationToken)
    {
        var (result, contactCreated) = await database.WriteAsync(
            (connection, transaction) => RecordAsync(connection, transaction, report, cancellationToken), cancellationToken);

        // Counted once the write is committed: a write that fails is retried and runs again.
        if (contactCreated)
        {
            HotlineMetrics.ContactReceived(Channels.Voice);
        }

        return result;
    }

    async Task<(CallEventResult Result, bool ContactCreated)> RecordAsync(
        DbConnection connection, DbTransaction transaction, CallEventReported report, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (contactId, contactCreated) = await EnsureCallAsync(connection, transaction, report, now, cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertEventSql,
                new { report.CallSid, report.Event, ReceivedAt = report.ReceivedAt.UtcDateTime },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            return (new CallEventResult(contactId, Duplicate: true, TriageNow.No), contactCreated);
        }

        Task Run(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        if (report.CallerHash is { Length: > 0 } && report.EncryptedCallerNumber is not null && report.KeyId is not null)
        {
            await Run(FillCallerSql, new { ContactId = contactId, report.CallerHash, CallerNumber = report.EncryptedCallerNumber, report.KeyId, UnknownCaller });
        }

        await Run(EarlierReceivedAtSql, new { ContactId = contactId, ReceivedAt = report.ReceivedAt.UtcDateTime });

        var triage = TriageNow.No;
        switch (report.Event)
        {
            case CallEvents.Menu:
                await Run(MenuSql, new { ContactId = contactId, report.MenuChoice, report.Language, report.DangerKeyPressed, Now = now });
                triage = report.DangerKeyPressed ? TriageNow.FromMenu : TriageNow.No;
                break;
            case CallEvents.Dial:
                await Run(DialSql, new { ContactId = contactId, report.StaffId, report.DialCallStatus, report.DialCallDuration, Now = now });
                break;
            case CallEvents.Recording:
                await Run(RecordingSql, new { ContactId = contactId, report.RecordingSid, report.EncryptedRecordingUrl, report.RecordingDuration, Now = now });
                break;
            case CallEvents.Transcription:
                await Run(TranscriptionSql, new { ContactId = contactId, report.TranscriptionStatus, Now = now });
                if (report.EncryptedTranscript is not null)
                {
                    await Run(TranscriptSql, new { ContactId = contactId, report.EncryptedTranscript });
                    triage = TriageNow.FromTranscript;
                }
                else
                {
                    // No text will come: nothing left to wait for.
                    triage = TriageNow.FromMenu;
                }

                break;
            case var status when report.CallStatus is { } callStatus && status == CallEvents.Status(callStatus):
                await Run(StatusSql, new { ContactId = contactId, CallStatus = callStatus, report.CallDuration, Final = CallEvents.IsFinalCallStatus(callStatus), Now = now });
                break;
            default:
                await Run(TouchSql, new { ContactId = contactId, Now = now });
                break;
        }

        await Run(OutcomeSql, new { ContactId = contactId });
        if (triage != TriageNow.No)
        {
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                ClaimTriageSql, new { ContactId = contactId, Now = now }, transaction, cancellationToken: cancellationToken));
            triage = claimed == 1 ? triage : TriageNow.No;
        }

        return (new CallEventResult(contactId, Duplicate: false, triage), contactCreated);
    }

    static async Task<(long ContactId, bool Created)> EnsureCallAsync(
        DbConnection connection, DbTransaction transaction, CallEventReported report, DateTime now, CancellationToken cancellationToken)
    {
        var created = true;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertContactSql,
                new
                {
                    Channel = Channels.Voice,
                    report.CallSid,
                    ReceivedAt = report.ReceivedAt.UtcDateTime,
                    CallerHash = report.CallerHash ?? UnknownCaller,
                    CallerNumber = report.EncryptedCallerNumber ?? UnknownCaller,
                    KeyId = report.KeyId ?? "",
                    Now = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            // Another event of the same call got there first.
            created = false;
        }

        var contactId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            FindContactIdSql, new { report.CallSid }, transaction, cancellationToken: cancellationToken));

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertCallSql, new { ContactId = contactId, report.CallSid, Now = now }, transaction, cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
        {
            // Already there.
        }

        return (contactId, created);
    }

    // A claim whose triage never happened (the worker died, or the transcript's triage went to the
    // error queue) is taken again after this long, and the call triaged from the menu.
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    const string DueForMenuTriageSql = """
        SELECT v.contact_id FROM voice_calls v
        JOIN contacts c ON c.id = v.contact_id
        WHERE c.triaged_at IS NULL AND v.outcome IN ('missed', 'voicemail')
          AND (v.triage_requested_at IS NULL OR v.triage_requested_at <= @ClaimExpired)
          AND ((v.call_ended_at IS NOT NULL AND v.updated_at <= @EndedCutoff) OR v.updated_at <= @SilentCutoff)
        """;

    const string ClaimDueSql = """
        UPDATE voice_calls SET triage_requested_at = @Now
        WHERE contact_id = @ContactId AND (triage_requested_at IS NULL OR triage_requested_at <= @ClaimExpired)
        """;

    // Missed calls and voicemails whose transcript has had its time: TranscriptionWait after the
    // last callback of a call that has ended; for a call whose end was never reported (no status
    // callback configured), also the longest recording later.
    public Task<IReadOnlyList<long>> ClaimDueForMenuTriageAsync(TimeSpan transcriptionWait, TimeSpan longestRecording, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ClaimDueForMenuTriageAsync(connection, transaction, transcriptionWait, longestRecording, cancellationToken), cancellationToken);

    async Task<IReadOnlyList<long>> ClaimDueForMenuTriageAsync(
        DbConnection connection, DbTransaction transaction, TimeSpan transcriptionWait, TimeSpan longestRecording, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimExpired = (now - ClaimTimeout).UtcDateTime;
        var due = await connection.QueryAsync<long>(new CommandDefinition(
            DueForMenuTriageSql,
            new
            {
                ClaimExpired = claimExpired,
                EndedCutoff = (now - transcriptionWait).UtcDateTime,
                SilentCutoff = (now - transcriptionWait - longestRecording).UtcDateTime,
            },
            transaction,
            cancellationToken: cancellationToken));

        var claimed = new List<long>();
        foreach (var contactId in due)
        {
            // Another worker, or a transcript arriving just now, may take it first.
            if (await connection.ExecuteAsync(new CommandDefinition(
                    ClaimDueSql, new { ContactId = contactId, Now = now.UtcDateTime, ClaimExpired = claimExpired }, transaction, cancellationToken: cancellationToken)) == 1)
            {
                claimed.Add(contactId);
            }
        }

        return claimed;
    }

    const string FindCallSql = """
        SELECT contact_id AS ContactId, call_sid AS CallSid, menu_choice AS MenuChoice, language AS Language,
               danger_key AS DangerKey, staff_id AS StaffId, dial_status AS DialStatus, talk_seconds AS TalkSeconds,
               call_status AS CallStatus, call_seconds AS CallSeconds, recording_sid AS RecordingSid,
               recording_url AS RecordingUrl, recording_seconds AS RecordingSeconds,
               transcription_status AS TranscriptionStatus, outcome AS Outcome, triage_requested_at AS TriageRequestedAt
        FROM voice_calls
        """;

    const string FindCallBySidSql = FindCallSql + "\nWHERE call_sid = @CallSid";

    public async Task<StoredCall?> FindAsync(string callSid, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredCall>(new CommandDefinition(
            FindCallBySidSql, new { CallSid = callSid }, cancellationToken: cancellationToken));
    }

    const string FindCallByContactSql = FindCallSql + "\nWHERE contact_id = @ContactId";

    public async Task<StoredCall?> FindByContactAsync(long contactId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredCall>(new CommandDefinition(
            FindCallByContactSql, new { ContactId = contactId }, cancellationToken: cancellationToken));
    }
}
