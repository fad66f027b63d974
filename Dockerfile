# syntax=docker/dockerfile:1
# pressx in a container. Build: docker build -t pressx .
# Run:   docker run --rm -v "$PWD/releases:/data" pressx run /data -o /data/out
FROM python:3.12-slim

# The assembled pipeline and the lemma tables are cached here, readable by every user, so
# that `docker run --user ...` reads what the build made instead of rebuilding at each start.
ENV XDG_CACHE_HOME=/var/cache

# The checkout is mounted for the install only: the wheel carries the config, the rule data
# and the NER (models/ ships as pipeline/models), and nothing of the source tree stays in
# the image. The run over seeds/ fills the cache and fails the build if the image cannot run.
RUN --mount=type=bind,target=/src,rw pip install --no-cache-dir /src \
    && pressx run /src/seeds -o /tmp/seeds-out -q \
    && rm -rf /tmp/seeds-out

WORKDIR /data
ENTRYPOINT ["pressx"]
CMD ["--help"]
