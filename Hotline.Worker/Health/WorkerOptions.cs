namespace Hotline.Worker.Health;

public sealed class WorkerOptions
{
    public const string Section = "Worker";

    // Where /health/live, /health/ready and /metrics listen; several separated by ';'. Port 0
    // takes a free port (the log says which).
    public string Urls { get; set; } = "http://127.0.0.1:8081";
}
