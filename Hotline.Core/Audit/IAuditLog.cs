namespace Hotline.Audit;

// What an endpoint calls to leave a trace: who (the signed-in user), what (an action name), on
// what (an identifier). Never a phone number or a text in any of them.
public interface IAuditLog
{
    Task RecordAsync(string actor, string action, string? target, string? detail, CancellationToken cancellationToken);
}
