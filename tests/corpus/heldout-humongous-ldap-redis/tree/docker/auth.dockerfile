FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /app

# The whole source tree goes in; the auth project also links a certificate from docker/certs
COPY src/ ./src
COPY docker/ ./docker

WORKDIR "/app/src/Humongous.Sso.Auth"
RUN dotnet restore
RUN dotnet publish --configuration Release --output "/app/publish"


FROM mcr.microsoft.com/dotnet/core/aspnet:3.1 AS runtime

# Environment name (Development, Docker, ...), overridden by the compose build args
ARG env="Docker"

WORKDIR /app
COPY --from=build "/app/publish" ./
RUN mkdir -p /etc/hisso/certs/
COPY docker/certs/${env}.pfx /etc/hisso/certs/
RUN mv /etc/hisso/certs/${env}.pfx /etc/hisso/certs/server.pfx
VOLUME /app/App_Data/Logs

ENV TZ "America/Chicago"
ENV ASPNETCORE_URLS "http://+:6000;https://+:6001"
ENV ASPNETCORE_ENVIRONMENT ${env}
ENV ASPNETCORE_Kestrel__Certificates__Default__Password ""
ENV ASPNETCORE_Kestrel__Certificates__Default__Path "/etc/hisso/certs/server.pfx"
EXPOSE 6000 6001

ENTRYPOINT ["dotnet", "Humongous.Sso.Auth.dll"]
