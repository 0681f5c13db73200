#!/usr/bin/env bash
# Regenerates the EMF code of one genmodel of a Sourcebench bundle with EMF's codegen from Maven Central
# (plain javac + java; no Eclipse, no JDT: src-gen is replaced, never merged). See RegenerateEmfCode.
#   regenerate-emf.sh GENMODEL STAMP_NAME [--edit] [--vendor NAME]
#     GENMODEL    relative to bundles/, e.g. org.sourcebench.model/model/sourcebench.genmodel
#     STAMP_NAME  file written into the model project's src-gen with the checksums that
#                 GeneratedCodeIsUpToDateTest (tests/org.sourcebench.core.tests) verifies
#     --edit      also generate the item providers into the genmodel's edit project
# Bundles call it from their own regenerate.sh. Needs a JDK 17 and Maven (or ./mvnw: MVN=./mvnw).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repo="${M2_REPO:-$HOME/.m2/repository}"
mvn="${MVN:-$root/mvnw}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/emf-regenerate.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# EMF codegen 2.44.0 / codegen 2.27.0 are the releases built against ecore 2.41.0 / common 2.44.0.
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

javac -d "$scratch/classes" -cp "$classpath" "$here/src/org/sourcebench/releng/codegen/RegenerateEmfCode.java"
[[ $# -ge 2 ]] || { echo "usage: regenerate-emf.sh GENMODEL STAMP_NAME [--edit] [--vendor NAME]" >&2; exit 2; }
# the generator's ">>" lines are its template trace; a failure still fails the script (pipefail)
java -cp "$scratch/classes:$classpath" org.sourcebench.releng.codegen.RegenerateEmfCode \
  "$root/bundles" "$1" "$2" "$scratch/out" "${@:3}" | { grep -v '^>>' || true; }
