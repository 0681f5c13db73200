# Sourced by eval-extract.sh, time-extract.sh and eval-ner.sh: the plain-JVM class path of org.sourcebench.extract (OpenNLP and its
# English models, EMF, SLF4J, ICU4J from the Maven repository) in $cp, and its source path in $srcpath.
m2=${MAVEN_REPO:-$HOME/.m2/repository}
cp=$(ls "$m2"/org/apache/opennlp/opennlp-tools/2.5.4/opennlp-tools-2.5.4.jar \
        "$m2"/org/apache/opennlp/opennlp-models-{sentdetect,tokenizer,pos,lemmatizer}-en/1.3.0/opennlp-models-*-en-1.3.0.jar \
        "$m2"/org/eclipse/emf/org.eclipse.emf.common/2.44.0/org.eclipse.emf.common-2.44.0.jar \
        "$m2"/org/eclipse/emf/org.eclipse.emf.ecore/2.41.0/org.eclipse.emf.ecore-2.41.0.jar \
        "$m2"/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar "$m2"/org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar \
        "$m2"/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar | tr '\n' ':')
srcpath=$root/bundles/org.sourcebench.extract/src:$root/bundles/org.sourcebench.model/src:$root/bundles/org.sourcebench.model/src-gen:$root/bundles/org.sourcebench.core/src

# compile_main MAIN.java: compiles a main class of the extraction tests (and what it needs) into $out/classes with
# javac and sets $runcp to run it: the classes, the bundle's data/, the test fragment's resources/ and the test
# support fixtures. Needs $root, $out and $tests.
compile_main() {
  mkdir -p "$out/classes"
  local sp=$srcpath:$root/bundles/org.sourcebench.ingest/src:$tests/src:$root/tests/org.sourcebench.test.support/src
  javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$sp" -implicit:class "$1" 2>&1 \
      | grep -v "^Note:" || true
  runcp=$out/classes:$root/bundles/org.sourcebench.extract:$root/bundles/org.sourcebench.model:$tests:$root/tests/org.sourcebench.test.support/resources:$cp
}
