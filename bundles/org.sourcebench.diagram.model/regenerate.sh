#!/usr/bin/env bash
# Regenerates the notation model code from model/notation.genmodel (+ notation.ecore) into src-gen/.
# Hand-written code (src/, plugin.xml, MANIFEST.MF, build.properties) is never touched.
# Then run the tests: GeneratedCodeIsUpToDateTest (core tests) checks the stamp this writes.
exec "$(dirname "$0")/../../releng/codegen/regenerate-emf.sh" \
  org.sourcebench.diagram.model/model/notation.genmodel notation-codegen.properties
