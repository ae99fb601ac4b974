using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// Password rule beyond the 12-character minimum (ADR-0019, ASVS 6.2.4/6.2.11): no composition rules, but refused are
/// common passwords and words of this product and province (embedded list <c>common-passwords.txt</c>), passwords that
/// are one short unit repeated or a run (aaaaaaaaaaaa, passwordpassword, 123456789012, abcdefghijkl), and passwords that
/// contain the user name or the name of the user's unit. Compared after folding: lower case, no diacritics, letters
/// and digits only.
/// </summary>
public sealed class PasswordRules(TdktDbContext db) : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Blocklist = new(LoadBlocklist);

    public static IReadOnlySet<string> Blocked => Blocklist.Value;

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var unitName = user.OrgUnitId == 0 ? null
            : await db.OrgUnits.AsNoTracking().Where(u => u.Id == user.OrgUnitId).Select(u => u.Name).SingleOrDefaultAsync();
        return Check(password ?? string.Empty, user.UserName, unitName) is { } message
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordWeak", Description = message })
            : IdentityResult.Success;
    }

    /// <summary>Null when acceptable, else the Vietnamese reason (the length rule is Identity's own).</summary>
    public static string? Check(string password, string? userName, string? unitName)
    {
        var folded = Fold(password);
        var core = folded.Trim(Digits);
        if (Blocked.Contains(folded) || Blocked.Contains(Collapse(folded))
            || (core.Length == 0 ? IsTrivial(folded) : Blocked.Contains(Collapse(core)) || Blocked.Contains(core)))
        {
            return "Mật khẩu này quá phổ biến hoặc dễ đoán. Hãy dùng một cụm từ riêng của bạn, ví dụ \"mùa lúa chín ở Mường Tè\".";
        }

        if (IsTrivial(folded))
        {
            return "Mật khẩu là một chuỗi lặp lại hoặc liên tiếp (như aaaaaaaaaaaa, 123456789012). Hãy dùng một cụm từ dài, dễ nhớ.";
        }

        foreach (var word in ContextWords(userName, unitName))
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return "Mật khẩu không được chứa tên đăng nhập hoặc tên đơn vị của bạn. Hãy chọn cụm từ khác.";
            }
        }

        return null;
    }

    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>Lower case, no diacritics, letters and digits only.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in VietnameseText.Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    /// <summary>One unit repeated ("passwordpassword" → "password"); the text itself when it is no repetition.</summary>
    private static string Collapse(string s)
    {
        for (var p = 1; p <= s.Length / 2; p++)
        {
            if (s.Length % p == 0 && IsRepetition(s, p))
            {
                return s[..p];
            }
        }

        return s;
    }

    private static bool IsRepetition(string s, int period)
    {
        for (var i = period; i < s.Length; i++)
        {
            if (s[i] != s[i - period])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fewer than 4 different characters, a repetition of a unit of up to a third of the length, or a run
    /// (each character one more or one less than the previous).</summary>
    private static bool IsTrivial(string s)
    {
        if (s.Length == 0 || s.Distinct().Count() < 4)
        {
            return true;
        }

        for (var p = 1; p <= s.Length / 3; p++)
        {
            if (IsRepetition(s, p))
            {
                return true;
            }
        }

        var up = true;
        var down = true;
        for (var i = 1; i < s.Length; i++)
        {
            up &= s[i] == s[i - 1] + 1 || (s[i] == '0' && s[i - 1] == '9');
            down &= s[i] == s[i - 1] - 1 || (s[i] == '9' && s[i - 1] == '0');
        }

        return up || down;
    }

    /// <summary>The user name whole and its parts (split at . _ - @), the unit name whole and without its first word
    /// ("Phường Tân Phong" → "phuongtanphong", "tanphong"); only pieces of at least 4 characters count.</summary>
    private static IEnumerable<string> ContextWords(string? userName, string? unitName)
    {
        var words = new List<string>();
        if (!string.IsNullOrWhiteSpace(userName))
        {
            words.Add(Fold(userName));
            words.AddRange(userName.Split(['.', '_', '-', '@'], StringSplitOptions.RemoveEmptyEntries).Select(Fold));
        }

        if (!string.IsNullOrWhiteSpace(unitName))
        {
            words.Add(Fold(unitName));
            var parts = unitName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                words.Add(Fold(string.Join(' ', parts[1..])));
            }
        }

        return words.Where(w => w.Length >= 4).Distinct();
    }

    private static HashSet<string> LoadBlocklist()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Tdkt.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded password blocklist is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && Fold(line) is { Length: > 0 } word)
            {
                set.Add(word);
            }
        }

        return set;
    }
}
