using Hotline.Api;
using Hotline.Api.Alerts;
using Hotline.Api.Roster;
using Hotline.Api.Staff;
using Hotline.Api.Twilio;
using Hotline.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddHotlineApi();

var app = builder.Build();
app.MapHotlineEndpoints(degradedIsReady: true);
app.MapTwilioWebhooks();
app.MapStaffApi().MapRoster().MapAlerts();
app.Run();
