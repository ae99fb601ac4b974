using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Tdkt.Web.Infrastructure;

/// <summary>Model-binding messages in Vietnamese, naming the field.</summary>
public static class VietnameseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(f => $"Trường \"{f}\" là bắt buộc.");
        p.SetAttemptedValueIsInvalidAccessor((v, f) => $"Giá trị \"{v}\" của trường \"{f}\" không hợp lệ.");
        p.SetMissingBindRequiredValueAccessor(f => $"Thiếu giá trị cho trường \"{f}\".");
        p.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Giá trị \"{v}\" không hợp lệ.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là số.");
        p.SetUnknownValueIsInvalidAccessor(f => $"Giá trị của trường \"{f}\" không hợp lệ.");
        p.SetValueIsInvalidAccessor(v => $"Giá trị \"{v}\" không hợp lệ.");
        p.SetValueMustBeANumberAccessor(f => $"Trường \"{f}\" phải là số.");
    }
}
