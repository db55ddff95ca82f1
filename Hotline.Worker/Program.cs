using Hotline.Worker;

var builder = Host.CreateApplicationBuilder(args);
builder.AddHotlineWorker();
builder.Build().Run();
