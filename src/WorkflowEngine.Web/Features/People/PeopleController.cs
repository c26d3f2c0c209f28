using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Features.Shared;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.People;

/// <summary>
/// Admins see everyone who signs in (name, agency, team, roles, locked or not) and change a person's
/// roles or lock them out, through Identity. A change ends the person's sessions (their security
/// stamp changes), so a removed role or a lock takes effect on their next request. An admin cannot
/// lock themselves out or remove their own admin role, and nobody is left with no role.
/// </summary>
[AdminOnly]
public sealed class PeopleController(UserManager<EngineUser> users, SignInManager<EngineUser> signIn, ReferenceData reference, TimeProvider time, ILogger<PeopleController> log) : PageController
{
    /// <summary>Everyone, by agency then name.</summary>
    [HttpGet("/admin/people")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var everyone = await users.Users.AsNoTracking().ToListAsync(cancellationToken);
        var lines = new List<PersonLine>();
        foreach (var user in everyone)
        {
            lines.Add(await LineAsync(user));
        }

        return View("Index", lines.OrderBy(l => l.AgencyName, StringComparer.CurrentCulture).ThenBy(l => l.DisplayName, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>One person, with their roles to change and the lock button.</summary>
    [HttpGet("/admin/people/{userName}")]
    public async Task<IActionResult> Show(string userName) =>
        await users.FindByNameAsync(userName) is { } user ? await PersonPageAsync(user) : Missing();

    /// <summary>Gives the person a role.</summary>
    [HttpPost("/admin/people/{userName}/roles")]
    public async Task<IActionResult> AddRole(string userName, [FromForm] string? role)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return Missing();
        }

        if (string.IsNullOrWhiteSpace(role))
        {
            return await RefuseAsync(user, "role", "Select a role to add");
        }

        if (!AppRoles.All.Contains(role, StringComparer.Ordinal))
        {
            return await RefuseAsync(user, "role", "Select one of the roles listed");
        }

        if (await users.IsInRoleAsync(user, role))
        {
            return await RefuseAsync(user, "role", $"{user.DisplayName} already has the role {RoleWords.Name(role)}");
        }

        return await ChangeAsync(user, users.AddToRoleAsync(user, role), $"{user.DisplayName} now has the role {RoleWords.Name(role)}.", $"added role {role}");
    }

    /// <summary>Takes a role from the person.</summary>
    [HttpPost("/admin/people/{userName}/roles/{role}/remove")]
    public async Task<IActionResult> RemoveRole(string userName, string role)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return Missing();
        }

        var roles = await users.GetRolesAsync(user);
        if (!roles.Contains(role, StringComparer.Ordinal))
        {
            return await RefuseAsync(user, string.Empty, $"{user.DisplayName} does not have the role {RoleWords.Name(role)}");
        }

        if (roles.Count == 1)
        {
            return await RefuseAsync(user, string.Empty, $"{user.DisplayName} needs at least one role. Add another role before removing {RoleWords.Name(role)}, or lock the account instead");
        }

        if (role == AppRoles.Admin && IsMe(user))
        {
            return await RefuseAsync(user, string.Empty, "You cannot remove your own admin role. Ask another admin to do it");
        }

        return await ChangeAsync(user, users.RemoveFromRoleAsync(user, role), $"{user.DisplayName} no longer has the role {RoleWords.Name(role)}.", $"removed role {role}");
    }

    /// <summary>Locks the person out: they cannot sign in, and their open sessions end.</summary>
    [HttpPost("/admin/people/{userName}/lock")]
    public async Task<IActionResult> Lock(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return Missing();
        }

        if (IsMe(user))
        {
            return await RefuseAsync(user, string.Empty, "You cannot lock your own account. Ask another admin to do it");
        }

        if (IsLocked(user))
        {
            return await RefuseAsync(user, string.Empty, $"{user.DisplayName}'s account is already locked");
        }

        await users.SetLockoutEnabledAsync(user, true);
        return await ChangeAsync(user, users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), $"{user.DisplayName}'s account is locked.", "locked the account");
    }

    /// <summary>Lets the person sign in again.</summary>
    [HttpPost("/admin/people/{userName}/unlock")]
    public async Task<IActionResult> Unlock(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return Missing();
        }

        if (!IsLocked(user))
        {
            return await RefuseAsync(user, string.Empty, $"{user.DisplayName}'s account is not locked");
        }

        return await ChangeAsync(user, users.SetLockoutEndDateAsync(user, null), $"{user.DisplayName}'s account is unlocked.", "unlocked the account");
    }

    private bool IsMe(EngineUser user) => string.Equals(user.UserName, Me.UserName, StringComparison.Ordinal);

    private bool IsLocked(EngineUser user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    // Every change ends the person's sessions, so their cookie carries the new roles (or none) at once; the admin's own change is logged.
    private async Task<IActionResult> ChangeAsync(EngineUser user, Task<IdentityResult> change, string banner, string what)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            return await RefuseAsync(user, string.Empty, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.UpdateSecurityStampAsync(user);
        if (IsMe(user))
        {
            // The admin's own cookie is reissued with the new stamp and roles rather than ended.
            await signIn.RefreshSignInAsync(user);
        }

        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Admin {Admin} {What} for {User}", Me.UserName, what, user.UserName);
        }
        TempData[Banner.Key] = banner;
        return Redirect($"/admin/people/{Uri.EscapeDataString(user.UserName!)}");
    }

    private async Task<IActionResult> RefuseAsync(EngineUser user, string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = await PersonPageAsync(user);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<IActionResult> PersonPageAsync(EngineUser user)
    {
        var line = await LineAsync(user);
        return View("Show", new PersonPageView(line, [.. AppRoles.All.Where(r => !line.Roles.Contains(r))], IsMe(user)));
    }

    private async Task<PersonLine> LineAsync(EngineUser user) =>
        new(user.UserName!, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName! : user.DisplayName,
            reference.AgenciesByKey.TryGetValue(user.Agency, out var agency) ? agency.Name : user.Agency, user.Team,
            [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], IsLocked(user));
}
