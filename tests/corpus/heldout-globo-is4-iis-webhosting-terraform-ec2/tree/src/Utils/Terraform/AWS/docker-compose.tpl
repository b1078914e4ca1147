version: '3.5'

services:
  globoportal:
    image: ${docker_globoportal_image}
    ports:
      - 80:80
      - 443:443
    depends_on:
      - sqlserver
    environment:
      - ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT}
      - Serilog__MinimumLevel__Default=${Serilog__MinimumLevel__Default}
      - ConnectionStrings__DefaultConnection=Server=sqlserver;Database=globo_portal;MultipleActiveResultSets=true;User=sa;Password=${sa_password};Integrated Security=false
      - GloboPortal__UseSqlServer=true
      - GloboPortal__ApplicationUrl=globoportal
      - GloboPortal__IS4ApplicationUrl=globoportal
      - GloboPortal__CertificatePassword=${cert_password}
      - ASPNETCORE_URLS=https://+:443;http://+80
      - ASPNETCORE_Kestrel__Certificates__Default__Password=${cert_password}
      - ASPNETCORE_Kestrel__Certificates__Default__Path=aspnetapp.pfx
    networks:
      - globo
    restart: always

  sqlserver:
    image: ${docker_sqlserver_image}
    volumes:
      - dbdata:/var/opt/mssql
    environment:
      - SA_PASSWORD=${sa_password}
      - ACCEPT_EULA=Y
    ports:
      - 1533:1433
    networks:
      - globo
    restart: always

volumes:
  dbdata:

networks:
  globo:
    name: globo_network
