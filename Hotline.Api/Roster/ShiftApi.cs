using Hotline.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Api.Roster;

public static class ShiftApi
{
    public static RouteGroupBuilder MapShifts(this RouteGroupBuilder shifts)
    {
        shifts.MapGet("/", List);
        shifts.MapGet("/{id:long}", Get);
        shifts.MapPost("/", Create);
        shifts.MapPut("/{id:long}", Change);
        shifts.MapDelete("/{id:long}", Delete);
        shifts.MapPost("/import", CalendarImportApi.Import);
        return shifts;
    }

    // The shifts that overlap [from, to); both optional, as local times or with an offset.
    static async Task<Results<Ok<List<ShiftResponse>>, ValidationProblem>> List(
        string? from, string? to, RosterStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? Bound(string name, string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (CopenhagenTime.TryParse(text, out var instant, out var error))
            {
                return instant;
            }

            errors[name] = [error];
            return null;
        }

        var fromInstant = Bound("from", from);
        var toInstant = Bound("to", to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var shifts = await store.ListShiftsAsync(fromInstant, toInstant, cancellationToken);
        return TypedResults.Ok(shifts.Select(ShiftResponse.From).ToList());
    }

    static async Task<Results<Ok<ShiftResponse>, NotFound>> Get(long id, RosterStore store, CancellationToken cancellationToken) =>
        await store.FindShiftAsync(id, cancellationToken) is { } shift
            ? TypedResults.Ok(ShiftResponse.From(shift))
            : TypedResults.NotFound();

    static async Task<Results<Created<ShiftResponse>, ValidationProblem>> Create(
        ShiftRequest request, RosterStore store, CancellationToken cancellationToken)
    {
        var (errors, entry) = await ValidateAsync(request, store, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var shift = await store.AddShiftAsync(entry, cancellationToken);
        return TypedResults.Created($"/api/shifts/{shift.Id}", ShiftResponse.From(shift));
    }

    static async Task<Results<Ok<ShiftResponse>, ValidationProblem, NotFound>> Change(
        long id, ShiftRequest request, RosterStore store, CancellationToken cancellationToken)
    {
        var (errors, entry) = await ValidateAsync(request, store, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await store.UpdateShiftAsync(id, entry, cancellationToken) is { } shift
            ? TypedResults.Ok(ShiftResponse.From(shift))
            : TypedResults.NotFound();
    }

    static async Task<Results<NoContent, NotFound>> Delete(long id, RosterStore store, CancellationToken cancellationToken) =>
        await store.DeleteShiftAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    static async Task<(Dictionary<string, string[]> Errors, ShiftEntry Entry)> ValidateAsync(ShiftRequest request, RosterStore store, CancellationToken cancellationToken)
    {
        var errors = request.Validate(out var entry);
        if (!errors.ContainsKey("staffId"))
        {
            var staff = await store.FindStaffAsync(entry.StaffId, cancellationToken);
            if (staff is not { Active: true })
            {
                errors["staffId"] = [staff is null ? $"There is no staff member {entry.StaffId}." : $"Staff member {entry.StaffId} is not active."];
            }
        }

        return (errors, entry);
    }
}
