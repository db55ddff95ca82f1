# syntax=docker/dockerfile:1
# Hotline.Api: answers Twilio's webhooks and the staff API, publishes to RabbitMQ.
# Built from the repository root:  docker build -f infra/docker/api.Dockerfile -t hotline-api .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build settings and the project files first: the restore layer is reused until a
# package or a project reference changes, not on every source edit.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Hotline.Core/Hotline.Core.csproj Hotline.Core/
COPY Hotline.Api/Hotline.Api.csproj Hotline.Api/
RUN dotnet restore Hotline.Api/Hotline.Api.csproj
COPY Hotline.Core/ Hotline.Core/
# The labelled triage rounds Hotline.Core embeds to train the triage model (its build fails without them).
COPY triage-data/ triage-data/
COPY Hotline.Api/ Hotline.Api/
RUN dotnet publish Hotline.Api/Hotline.Api.csproj -c Release --no-restore -o /app /p:UseAppHost=false

# The full runtime image rather than a chiseled one: the health check needs bash, and the
# roster's Copenhagen time and culture-aware text handling need tzdata and ICU, which it has.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
# The data directory holds the intake spool (webhooks not yet handed to the broker), so it must
# be a volume that outlives the container; created here owned by the app user, so that a new
# named volume mounted on it starts out writable by that user.
RUN mkdir -p /var/lib/hotline && chown "$APP_UID:$APP_UID" /var/lib/hotline
COPY --chmod=755 infra/docker/healthcheck.sh /usr/local/bin/healthcheck
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Hotline__DataDirectory=/var/lib/hotline
EXPOSE 8080
# The non-root user the .NET images define (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=6s --start-period=30s --retries=3 CMD ["healthcheck", "8080", "/health/live"]
ENTRYPOINT ["dotnet", "Hotline.Api.dll"]
