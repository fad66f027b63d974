# syntax=docker/dockerfile:1
# pressx in a container. Build: docker build -t pressx .
# Run:   docker run --rm -v "$PWD/releases:/data" pressx run /data -o /data/out
FROM python:3.12-slim

# The checkout is mounted for the install only: the wheel carries the config, the rule
# data and the NER, and nothing of the source tree stays in the image.
RUN --mount=type=bind,target=/src,rw pip install --no-cache-dir /src

# Assemble the spaCy pipeline once, into root's cache (~/.cache/pressx), so runs start fast.
RUN python -c "from pipeline import nlp; nlp.load()"

WORKDIR /data
ENTRYPOINT ["pressx"]
CMD ["--help"]
