namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>
/// Sign-in refused. Deliberately says nothing of whether the username exists.
/// </summary>
public sealed class InvalidCredentialsException() : Exception("Tên đăng nhập hoặc mật khẩu không đúng.");
