# Build: Maven with a JDK 17. Only the server module (the bench module is not needed to run).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY server/pom.xml server/pom.xml
COPY bench/pom.xml bench/pom.xml
RUN mvn -B -q -pl server -am dependency:go-offline || true
COPY server server
COPY web web
COPY content content
COPY docs docs
RUN mvn -B -q -pl server -am package -DskipTests

# Run: a JRE, a non-root user, the data in a volume.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin samenspel \
 && mkdir -p /data \
 && chown samenspel /data
WORKDIR /app
COPY --from=build /src/server/target/samenspel.jar /app/samenspel.jar
# A class-data-sharing archive of the classes a start loads (JSON, schema, content checks):
# a container starts about a third faster (docs/BENCHMARKS.md).
RUN java -XX:ArchiveClassesAtExit=/app/samenspel.jsa -jar /app/samenspel.jar --check-content --dataDir=/tmp/cds \
 && rm -rf /tmp/cds
USER samenspel
ENV SAMENSPEL_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/samenspel.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/samenspel.jar"]
