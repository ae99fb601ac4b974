using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Tdkt.Domain.Common;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Pages.Notices;

/// <summary>
/// Anti-robot checks of the public objection form, without an external captcha (none is reachable offline): a
/// honeypot field people never see, and a signed "served at" stamp so a form sent back within seconds of being
/// served (or never served) is refused. The antiforgery token is checked by Razor Pages itself.
/// </summary>
public sealed class ObjectionFormGuard(IDataProtectionProvider protection, TimeProvider clock, TdktSettings settings)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Tdkt.Notices.ObjectionForm.v1");

    public string Stamp() => _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null when the stamp is valid and old enough; otherwise the Vietnamese reason.</summary>
    public ValidationError? Check(string? stamp)
    {
        long ticks;
        try
        {
            ticks = long.Parse(_protector.Unprotect(stamp ?? string.Empty), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return new ValidationError(string.Empty, "Biểu mẫu không hợp lệ hoặc đã cũ. Hãy tải lại trang rồi gửi lại.");
        }

        var elapsed = clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        if (elapsed < TimeSpan.FromSeconds(settings.ObjectionMinFillSeconds))
        {
            return new ValidationError(string.Empty, "Biểu mẫu được gửi quá nhanh. Hãy đọc lại nội dung rồi bấm Gửi lần nữa.");
        }

        return elapsed > TimeSpan.FromDays(1)
            ? new ValidationError(string.Empty, "Biểu mẫu đã mở quá một ngày. Hãy tải lại trang rồi gửi lại.")
            : null;
    }
}
