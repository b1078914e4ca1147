FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /src

COPY NodTools.Users.API/*.csproj ./NodTools.Users.API/
COPY NodTools.Users.DataAccess/*.csproj ./NodTools.Users.DataAccess/
COPY *.sln ./
RUN dotnet restore

COPY . ./
RUN dotnet publish -c Debug -o /out --no-self-contained -r linux-x64

FROM mcr.microsoft.com/dotnet/core/aspnet:3.1-alpine
WORKDIR /app
COPY --from=build /out .
ENV ASPNETCORE_ENVIRONMENT="Development"
ENV ASPNETCORE_URLS="https://+"
ENV ASPNETCORE_Kestrel__Certificates__Default__Path=/certs/nodtools.pfx
ENV ASPNETCORE_Kestrel__Certificates__Default__Password="Qu1llPr3ss!"
EXPOSE 443
ENTRYPOINT ["dotnet", "NodTools.Users.API.dll", "--environment=Development"]
