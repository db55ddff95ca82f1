using System.Net.Http.Json;
using Hotline.Api.Roster;

namespace Hotline.Tests.Api.Roster;

// Setting up a roster through the API, as an admin would.
public static class RosterRequests
{
    static int _lastPhone;

    // A fresh number for each staff member, since phone numbers are unique.
    public static string NextPhone() => $"+4530{Interlocked.Increment(ref _lastPhone):000000}";

    public static async Task<StaffResponse> CreateStaff(this HttpClient admin, string name, string? phone = null, string? email = null, bool coordinator = false)
    {
        using var response = await admin.PostAsJsonAsync("/api/staff", new StaffRequest(name, phone ?? NextPhone(), email, ["da", "en"], true, coordinator));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StaffResponse>())!;
    }

    public static async Task<ShiftResponse> CreateShift(this HttpClient admin, long staffId, string role, string start, string end)
    {
        using var response = await admin.PostAsJsonAsync("/api/shifts", new ShiftRequest(staffId, role, start, end));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ShiftResponse>())!;
    }

    public static async Task<IDictionary<string, string[]>> ValidationErrors(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>())!.Errors;
}
