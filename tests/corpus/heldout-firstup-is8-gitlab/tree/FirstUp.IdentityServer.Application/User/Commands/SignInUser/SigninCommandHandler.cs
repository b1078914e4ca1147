using IdentityModel.Client;
using IdentityServer.Application.Common.Interfaces;
using IdentityServer.Domain.Entities;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace IdentityServer.Application.User.Commands.SignInUser;

public class SigninCommand : IRequest<SigninResponse>
{
    public string UserName { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
}

public class SigninResponse
{
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
    public DateTime ExpireDate { get; set; }
}

public class SigninCommandHandler : IRequestHandler<SigninCommand, SigninResponse>
{
    private readonly IApplicationDbContext _dbContext;
    private readonly SignInManager<ApplicationUser> _signInManager;
    private readonly IConfiguration _configuration;

    public SigninCommandHandler(IApplicationDbContext dbContext, SignInManager<ApplicationUser> signInManager, IConfiguration configuration)
    {
        _dbContext = dbContext;
        _signInManager = signInManager;
        _configuration = configuration;
    }

    public async Task<SigninResponse> Handle(SigninCommand request, CancellationToken cancellationToken)
    {
        ApplicationUser? user = await _dbContext.ApplicationUsers.FirstOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken);
        if (user is null)
        {
            return new SigninResponse();
        }

        SignInResult result = await _signInManager.PasswordSignInAsync(user, request.Password, false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return new SigninResponse();
        }

        // the API asks its own token endpoint for a password-grant token
        using HttpClient client = new();
        TokenResponse token = await client.RequestPasswordTokenAsync(new PasswordTokenRequest
        {
            Address = $"{_configuration["IdentityServerAddress"]}/connect/token",
            ClientId = request.ClientId,
            ClientSecret = request.ClientSecret,
            UserName = request.UserName,
            Password = request.Password,
        }, cancellationToken);

        return new SigninResponse
        {
            AccessToken = token.AccessToken,
            RefreshToken = token.RefreshToken,
            ExpireDate = DateTime.Now.AddSeconds(token.ExpiresIn),
        };
    }
}
