# syntax=docker/dockerfile:1
# Hotline.Worker: consumes from RabbitMQ, triages, stores, alerts and escalates.
# Built from the repository root:  docker build -f infra/docker/worker.Dockerfile -t hotline-worker .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build settings and the project files first: the restore layer is reused until a
# package or a project reference changes, not on every source edit.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Hotline.Core/Hotline.Core.csproj Hotline.Core/
COPY Hotline.Worker/Hotline.Worker.csproj Hotline.Worker/
RUN dotnet restore Hotline.Worker/Hotline.Worker.csproj
COPY Hotline.Core/ Hotline.Core/
# The labelled triage rounds Hotline.Core embeds to train the triage model (its build fails without them).
COPY triage-data/ triage-data/
COPY Hotline.Worker/ Hotline.Worker/
RUN dotnet publish Hotline.Worker/Hotline.Worker.csproj -c Release --no-restore -o /app /p:UseAppHost=false

# The full runtime image rather than a chiseled one: the health check needs bash, and the
# roster's Copenhagen time and culture-aware text handling need tzdata and ICU, which it has.
# The ASP.NET Core runtime, not the plain one: Hotline.Core references the ASP.NET Core shared
# framework, and the worker serves its health checks and metrics over HTTP.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --chmod=755 infra/docker/healthcheck.sh /usr/local/bin/healthcheck
COPY --from=build /app .
ENV Worker__Urls=http://+:8081
EXPOSE 8081
# The non-root user the .NET images define (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 CMD ["healthcheck", "8081", "/health/live"]
ENTRYPOINT ["dotnet", "Hotline.Worker.dll"]
