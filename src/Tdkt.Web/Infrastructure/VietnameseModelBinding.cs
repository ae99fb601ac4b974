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

/// <summary>
/// Vietnamese messages for validation attributes that carry none, including the [Required] MVC adds by itself
/// to every non-nullable reference property (which would otherwise say "The Choices field is required.").
/// </summary>
public sealed class VietnameseValidationMessages : Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var hasDisplayName = context.Attributes.OfType<System.ComponentModel.DataAnnotations.DisplayAttribute>().Any()
            || context.Attributes.OfType<System.ComponentModel.DisplayNameAttribute>().Any();
        foreach (var a in context.ValidationMetadata.ValidatorMetadata.OfType<System.ComponentModel.DataAnnotations.ValidationAttribute>())
        {
            if (a.ErrorMessage is not null || a.ErrorMessageResourceName is not null)
            {
                continue;
            }

            a.ErrorMessage = a switch
            {
                System.ComponentModel.DataAnnotations.RequiredAttribute => hasDisplayName ? "Hãy nhập \"{0}\"." : "Còn thiếu thông tin bắt buộc, hãy nhập hoặc chọn đủ.",
                System.ComponentModel.DataAnnotations.StringLengthAttribute => "\"{0}\" dài quá {1} ký tự.",
                System.ComponentModel.DataAnnotations.MaxLengthAttribute => "\"{0}\" dài quá {1} ký tự.",
                System.ComponentModel.DataAnnotations.MinLengthAttribute => "\"{0}\" phải có ít nhất {1} ký tự.",
                System.ComponentModel.DataAnnotations.RangeAttribute => "\"{0}\" phải trong khoảng từ {1} đến {2}.",
                System.ComponentModel.DataAnnotations.EmailAddressAttribute => "\"{0}\" không phải địa chỉ thư điện tử hợp lệ.",
                System.ComponentModel.DataAnnotations.RegularExpressionAttribute => "\"{0}\" không đúng định dạng.",
                _ => "\"{0}\" không hợp lệ.",
            };
        }
    }
}
