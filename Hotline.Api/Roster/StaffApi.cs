using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Roster;

// The people who can be put on duty. Phones are shown decrypted: only admins reach these.
public static class StaffApi
{
    public static RouteGroupBuilder MapStaff(this RouteGroupBuilder staff)
    {
        staff.MapGet("/", List);
        staff.MapGet("/{id:long}", Get);
        staff.MapPost("/", Create);
        staff.MapPut("/{id:long}", Change);
        staff.MapDelete("/{id:long}", Remove);
        return staff;
    }

    static async Task<Ok<List<StaffResponse>>> List(RosterStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListStaffAsync(cancellationToken)).Select(StaffResponse.From).ToList());

    static async Task<Results<Ok<StaffResponse>, NotFound>> Get(long id, RosterStore store, CancellationToken cancellationToken) =>
        await store.FindStaffAsync(id, cancellationToken) is { } staff
            ? TypedResults.Ok(StaffResponse.From(staff))
            : TypedResults.NotFound();

    static async Task<Results<Created<StaffResponse>, ValidationProblem, Conflict<string>>> Create(
        StaffRequest request, RosterStore store, CancellationToken cancellationToken)
    {
        var errors = request.Validate(out var entry);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await store.AddStaffAsync(entry, cancellationToken);
        return result.Outcome switch
        {
            StaffSaveOutcome.PhoneTaken => TypedResults.Conflict(PhoneTaken),
            StaffSaveOutcome.LoginTaken => TypedResults.Conflict(LoginTaken),
            _ => TypedResults.Created($"/api/staff/{result.Staff!.Id}", StaffResponse.From(result.Staff)),
        };
    }

    static async Task<Results<Ok<StaffResponse>, ValidationProblem, NotFound, Conflict<string>>> Change(
        long id, StaffRequest request, RosterStore store, CancellationToken cancellationToken)
    {
        var errors = request.Validate(out var entry);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await store.UpdateStaffAsync(id, entry, cancellationToken);
        return result.Outcome switch
        {
            StaffSaveOutcome.NotFound => TypedResults.NotFound(),
            StaffSaveOutcome.PhoneTaken => TypedResults.Conflict(PhoneTaken),
            StaffSaveOutcome.LoginTaken => TypedResults.Conflict(LoginTaken),
            _ => TypedResults.Ok(StaffResponse.From(result.Staff!)),
        };
    }

    // Soft where it must be: someone who has shifts is deactivated (their shifts stay as history
    // and stop counting), someone who never had one is deleted. Either way, 204.
    static async Task<Results<NoContent, NotFound>> Remove(long id, RosterStore store, CancellationToken cancellationToken) =>
        await store.RemoveStaffAsync(id, cancellationToken) == StaffRemoval.NotFound
            ? TypedResults.NotFound()
            : TypedResults.NoContent();

    const string PhoneTaken = "Another staff member has this phone number.";
    const string LoginTaken = "Another staff member has this login.";
}
