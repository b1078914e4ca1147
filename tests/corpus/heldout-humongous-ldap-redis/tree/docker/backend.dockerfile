FROM mcr.microsoft.com/dotnet/core/sdk:3.1 AS build
WORKDIR /app
COPY src/ ./
WORKDIR "/app/Humongous.Sso.WebApi"
RUN dotnet restore
RUN dotnet publish --configuration Release --output "/app/publish"


FROM mcr.microsoft.com/dotnet/core/aspnet:3.1 AS runtime
ARG env="Docker"
WORKDIR /app
COPY --from=build "/app/publish" ./
RUN mkdir -p /etc/hisso/certs/
COPY ./docker/certs/${env}.pfx /etc/hisso/certs/
RUN mv /etc/hisso/certs/${env}.pfx /etc/hisso/certs/server.pfx
VOLUME /app/App_Data/Logs

ENV ASPNETCORE_URLS "http://+:5000;https://+:5001"
ENV ASPNETCORE_ENVIRONMENT ${env}
ENV ASPNETCORE_Kestrel__Certificates__Default__Password ""
ENV ASPNETCORE_Kestrel__Certificates__Default__Path "/etc/hisso/certs/server.pfx"
EXPOSE 5000 5001

ENTRYPOINT ["dotnet", "Humongous.Sso.WebApi.dll"]
