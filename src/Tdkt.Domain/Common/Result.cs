namespace Tdkt.Domain.Common;

/// <summary>An expected failure. Exceptions are for bugs; these are for users.</summary>
/// <remarks>Messages are Vietnamese because they are shown to users as they are.</remarks>
public abstract record Error(string Message);

/// <summary>The thing does not exist or is outside the caller's scope (both answer 404).</summary>
public sealed record NotFoundError(string Message = "Không tìm thấy dữ liệu yêu cầu.") : Error(Message);

/// <summary>Bad input: <paramref name="Field"/> names the form field or column at fault.</summary>
public sealed record ValidationError(string Field, string Message) : Error(Message);

/// <summary>The request clashes with the current state (duplicate code, changed by someone else...).</summary>
public sealed record ConflictError(string Message, string? Field = null) : Error(Message);

/// <summary>The caller can see the thing but may not do this to it.</summary>
public sealed record ForbiddenError(string Message = "Bạn không có quyền thực hiện thao tác này.") : Error(Message);

public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    public static Result Success() => new(null);
    public static Result Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result(Error error) => Failure(error);
}

public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public Error? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    public static Result<T> Success(T value) => new(value, null);
    public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => Success(value);
    public static implicit operator Result<T>(Error error) => Failure(error);
}
