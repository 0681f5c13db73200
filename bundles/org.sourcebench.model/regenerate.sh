#!/usr/bin/env bash
# Regenerates the EMF code from model/sourcebench.genmodel (+ sourcebench.ecore):
#   bundles/org.sourcebench.model/src-gen           model interfaces, impl, util, codegen stamp
#   bundles/org.sourcebench.model.edit/src-gen      item providers
#   bundles/org.sourcebench.model.edit/icons/, plugin.properties
# Hand-written code (src/, plugin.xml, MANIFEST.MF, build.properties) is never touched.
# Then run the tests: GeneratedCodeIsUpToDateTest (core tests) checks the stamp this writes.
exec "$(dirname "$0")/../../releng/codegen/regenerate-emf.sh" \
  org.sourcebench.model/model/sourcebench.genmodel sourcebench-codegen.properties --edit
