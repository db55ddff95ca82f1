using Hotline.Api;
using Hotline.Api.Alerts;
using Hotline.Api.Audit;
using Hotline.Api.Health;
using Hotline.Api.Roster;
using Hotline.Api.Security;
using Hotline.Api.Staff;
using Hotline.Api.Twilio;

var builder = WebApplication.CreateBuilder(args);
builder.AddHotlineApi();

var app = builder.Build();
app.UseHotlineSecurity();
app.MapHotlineHealth();
app.MapTwilioWebhooks();
app.MapStaffApi().MapRoster().MapAlerts().MapAudit();
app.Run();
