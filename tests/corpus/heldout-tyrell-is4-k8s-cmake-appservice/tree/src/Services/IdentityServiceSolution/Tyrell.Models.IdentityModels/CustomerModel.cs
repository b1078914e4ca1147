namespace Tyrell.Models.IdentityModels;

public record CustomerModel(Guid Id, string Email, string FirstName, string LastName, string PhoneNumber);

public record RegisterModel(string Email, string FirstName, string LastName, string Password);
