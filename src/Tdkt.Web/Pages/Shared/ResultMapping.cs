using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Common;

namespace Tdkt.Web.Pages.Shared;

/// <summary>The one place where typed failures become HTTP: 404 for not found and for out-of-scope
/// (forbidden is also 404, so an id outside the caller's subtree cannot be told from a missing one),
/// and field errors back onto the form.</summary>
public static class ResultMapping
{
    /// <summary>For a page POST: NotFound for missing/forbidden, otherwise the error goes on the form and the page re-renders.</summary>
    public static IActionResult ToPageResult(this PageModel page, Error error, string inputPrefix = "Input")
    {
        switch (error)
        {
            case NotFoundError or ForbiddenError:
                return page.NotFound();
            case ValidationError v:
                page.ModelState.AddModelError(string.IsNullOrEmpty(v.Field) ? string.Empty : $"{inputPrefix}.{v.Field}", v.Message);
                return page.Page();
            case ConflictError c:
                page.ModelState.AddModelError(c.Field is null ? string.Empty : $"{inputPrefix}.{c.Field}", c.Message);
                return page.Page();
            default:
                page.ModelState.AddModelError(string.Empty, error.Message);
                return page.Page();
        }
    }

    /// <summary>For the JSON API: problem details with the status that matches the error.</summary>
    public static IResult ToApiResult(this Error error) => error switch
    {
        NotFoundError or ForbiddenError => Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu yêu cầu."),
        ValidationError v => Results.ValidationProblem(new Dictionary<string, string[]> { [v.Field] = [v.Message] }, title: "Dữ liệu không hợp lệ"),
        ConflictError c => Results.Problem(statusCode: 409, title: "Xung đột dữ liệu", detail: c.Message),
        Domain.Nominations.IllegalTransitionError t => Results.Problem(statusCode: 409, title: "Xung đột dữ liệu", detail: t.Message),
        _ => Results.Problem(statusCode: 400, title: "Yêu cầu không hợp lệ", detail: error.Message),
    };
}
