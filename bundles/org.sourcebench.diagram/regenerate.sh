#!/usr/bin/env bash
# Regenerates the notation model code from model/notation.genmodel (+ notation.ecore) into src-gen/
# Hand-written code (src/, plugin.xml, MANIFEST.MF, build.properties) is never touched.
#
# Usage: bundles/org.sourcebench.diagram/regenerate.sh      (needs a JDK 17 and Maven; jars come from Maven Central)
# Then run the diagram tests: NotationCodeIsUpToDateTest checks the stamp this writes.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
model="$(cd "$here/../org.sourcebench.model" && pwd)"
repo="${M2_REPO:-$HOME/.m2/repository}"
mvn="${MVN:-mvn}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/notation-regenerate.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# EMF codegen 2.44.0 / codegen 2.27.0 are the releases built against ecore 2.41.0 / common 2.44.0.
# JDT is not needed: src-gen is replaced, never merged (see RegenerateModelCode).
artifacts=(
  org.eclipse.emf:org.eclipse.emf.common:2.44.0
  org.eclipse.emf:org.eclipse.emf.ecore:2.41.0
  org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.39.0
  org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.44.0
  org.eclipse.emf:org.eclipse.emf.codegen:2.27.0
  org.eclipse.platform:org.eclipse.equinox.common:3.20.300
)
classpath=""
for gav in "${artifacts[@]}"; do
  IFS=: read -r group artifact version <<<"$gav"
  jar="$repo/${group//.//}/$artifact/$version/$artifact-$version.jar"
  if [[ ! -f "$jar" ]]; then
    "$mvn" -q dependency:get -Dartifact="$gav" -Dtransitive=false
  fi
  classpath="$classpath${classpath:+:}$jar"
done

javac -d "$scratch/classes" -cp "$classpath" "$here/tools/src/org/sourcebench/diagram/tools/RegenerateNotationCode.java"
java -cp "$scratch/classes:$classpath" org.sourcebench.diagram.tools.RegenerateNotationCode "$here" "$model" "$scratch/out" \
  | grep -v '^>>' || true
test -f "$here/src-gen/notation-codegen.properties"
