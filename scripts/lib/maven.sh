#!/usr/bin/env bash
# Maven for the backend: the committed wrapper (Maven 3.9.x). The wrapper's distribution is
# fetched into the local Maven repository with the system Maven and unpacked where the wrapper
# looks for it, so no download address is written into the repository.
DONDOC_MAVEN_VERSION=3.9.12
DONDOC_M2_REPO="${DONDOC_M2_REPO:-$HOME/.m2/repository}"

ensure_maven() {
  ensure_packages maven default-jdk-headless curl unzip
  local zip="$DONDOC_M2_REPO/org/apache/maven/apache-maven/$DONDOC_MAVEN_VERSION/apache-maven-$DONDOC_MAVEN_VERSION-bin.zip"
  if [ ! -f "$zip" ]; then
    log "fetching Maven $DONDOC_MAVEN_VERSION into the local repository"
    mvn -q -B -Dmaven.repo.local="$DONDOC_M2_REPO" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
      -Dartifact="org.apache.maven:apache-maven:$DONDOC_MAVEN_VERSION:zip:bin" -Dtransitive=false
  fi
  local url home
  url=$(sed -n 's/^distributionUrl=//p' "$DONDOC_ROOT/backend/.mvn/wrapper/maven-wrapper.properties" | tr -d '[:space:]')
  home="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$DONDOC_MAVEN_VERSION/$(_mvnw_hash "$url")"
  if [ ! -x "$home/bin/mvn" ]; then
    rm -rf "$home.tmp" && mkdir -p "$home.tmp"
    unzip -q "$zip" -d "$home.tmp"
    rm -rf "$home" && mv "$home.tmp/apache-maven-$DONDOC_MAVEN_VERSION" "$home" && rm -rf "$home.tmp"
  fi
}

# The wrapper's directory name for a distribution URL (Java's String.hashCode, as mvnw computes it).
_mvnw_hash() {
  local str="$1" h=0 c
  while [ -n "$str" ]; do
    c="${str:0:1}"; h=$(((h * 31 + $(LC_CTYPE=C printf %d "'$c")) % 4294967296)); str="${str:1}"
  done
  printf %x\\n $h
}

# Runs the backend's Maven wrapper with the given arguments.
backend_mvn() {
  ensure_maven
  (cd "$DONDOC_ROOT/backend" && ./mvnw -B --no-transfer-progress "$@")
}
