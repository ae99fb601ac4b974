using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tdkt.Domain.Awards;

namespace Tdkt.Web.Api;

/// <summary>Marks a string body field or query parameter whose values are one of the <see cref="ApiEnums"/> lists; the
/// OpenAPI document lists them as its <c>enum</c>. On a positional record use <c>[property: ApiEnum(...)]</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ApiEnumAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// The enum values of the API, spelled one way (issue 11, ADR-0037): snake_case without diacritics, as the discipline
/// levels already were (<c>khien_trach</c>, <c>co_so</c>, <c>extend_deadline</c>, <c>open_voting</c>). Reading accepts the
/// older spellings too — kebab-case (<c>extend-deadline</c>), PascalCase (<c>AdHoc</c>) and run together
/// (<c>coso</c>, <c>toanquoc</c>) — since all compare without case, "-" and "_".
/// </summary>
public static class ApiEnums
{
    public const string DossierAction = nameof(DossierAction);
    public const string CouncilSessionAction = nameof(CouncilSessionAction);
    public const string CommendationKind = nameof(CommendationKind);
    public const string DecidingLevel = nameof(DecidingLevel);
    public const string DossierStatus = nameof(DossierStatus);
    public const string SignerCapacity = nameof(SignerCapacity);
    public const string QuorumRule = nameof(QuorumRule);
    public const string SubjectKind = nameof(SubjectKind);
    public const string InitiativeScope = nameof(InitiativeScope);
    public const string InitiativeKind = nameof(InitiativeKind);
    public const string DisciplineLevel = nameof(DisciplineLevel);
    public const string HoldKind = nameof(HoldKind);

    private static readonly Dictionary<string, IReadOnlyList<string>> Lists = new(StringComparer.Ordinal)
    {
        [DossierAction] =
        [
            "submit", "receive", "return", "extend_deadline", "accept_late", "complete_appraisal", "complete_council", "issue", "not_award", "revoke",
            "escalate", "central_decided", "central_not_awarded",
        ],
        [CouncilSessionAction] = ["open_voting", "close_voting", "finalise"],
        [CommendationKind] = Snakes<Domain.Awards.CommendationKind>(),
        [DecidingLevel] = Snakes<Domain.Awards.DecidingLevel>(),
        [DossierStatus] = Snakes<Domain.Nominations.DossierStatus>(),
        [SignerCapacity] = Snakes<Data.SignerCapacity>(),
        [QuorumRule] = Snakes<Domain.Council.QuorumRule>(),
        [SubjectKind] = [.. Enum.GetValues<Domain.Awards.SubjectKind>().Select(k => k.Code())],
        [InitiativeScope] = [.. Enum.GetValues<Domain.Awards.InitiativeScope>().Select(k => k.Code())],
        [InitiativeKind] = [.. Enum.GetValues<Domain.Awards.InitiativeKind>().Select(k => k.Code())],
        [DisciplineLevel] = [.. Enum.GetValues<Domain.Awards.DisciplineLevel>().Select(k => k.Code())],
        [HoldKind] = [.. Enum.GetValues<Domain.Awards.HoldKind>().Select(k => k.Code())],
    };

    /// <summary>The allowed values of one list, as the OpenAPI document and the error messages give them.</summary>
    public static IReadOnlyList<string> Values(string name) => Lists[name];

    /// <summary>"extend_deadline" for "extend-deadline", "Extend_Deadline", "extenddeadline"…; null when not in the list.</summary>
    public static string? Canonical(string name, string? text)
    {
        var key = Squash(text);
        return key.Length == 0 ? null : Lists[name].FirstOrDefault(v => Squash(v) == key);
    }

    /// <summary>An enum member from its snake_case, PascalCase, kebab-case or run-together spelling.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var key = Squash(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (key.Length > 0 && Squash(candidate.ToString()) == key)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>"ForChairman" → "for_chairman".</summary>
    public static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    public static string Snake<T>(this T value) where T : struct, Enum => Snake(value.ToString());

    /// <summary>"Dùng một trong: a, b, c."</summary>
    public static string OneOf(string name) => "Dùng một trong: " + string.Join(", ", Values(name)) + ".";

    private static IReadOnlyList<string> Snakes<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => Snake(v.ToString()))];

    private static string Squash(string? text) =>
        (text ?? string.Empty).Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Lists each marked body field's and query parameter's values as its schema's <c>enum</c>.</summary>
    public static OpenApiOptions AddApiEnums(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ApiEnumAttribute), false).FirstOrDefault() is ApiEnumAttribute a)
            {
                SetEnum(schema, a.Name);
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            foreach (var p in context.Description.ParameterDescriptions)
            {
                var attribute = (p.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<ApiEnumAttribute>();
                if (attribute is not null && operation.Parameters?.FirstOrDefault(x => x.Name == p.Name)?.Schema is OpenApiSchema schema)
                {
                    SetEnum(schema, attribute.Name);
                }
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static void SetEnum(OpenApiSchema schema, string name) =>
        schema.Enum = [.. Values(name).Select(v => (JsonNode)JsonValue.Create(v))];
}
