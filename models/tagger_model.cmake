# Embeds models/tagger.bin into the core at build time (native and wasm), so
# the library reads no file at run time. Included from src/CMakeLists.txt:
# the object library newsmark_tagger_model goes into each core library. One
# target owns the generated source, so parallel builds never write it twice.
set(NEWSMARK_TAGGER_MODEL "${PROJECT_SOURCE_DIR}/models/tagger.bin")
set(NEWSMARK_TAGGER_SOURCE "${CMAKE_CURRENT_BINARY_DIR}/tagger_model_data.cc")
add_custom_command(
  OUTPUT "${NEWSMARK_TAGGER_SOURCE}"
  COMMAND "${CMAKE_COMMAND}" "-DINPUT=${NEWSMARK_TAGGER_MODEL}" "-DOUTPUT=${NEWSMARK_TAGGER_SOURCE}"
          -P "${PROJECT_SOURCE_DIR}/models/embed-model.cmake"
  DEPENDS "${NEWSMARK_TAGGER_MODEL}" "${PROJECT_SOURCE_DIR}/models/embed-model.cmake"
  COMMENT "Embedding models/tagger.bin"
  VERBATIM)
# One long literal is the point of the generated file; -Wpedantic would flag it.
set_source_files_properties("${NEWSMARK_TAGGER_SOURCE}" PROPERTIES COMPILE_OPTIONS "-Wno-overlength-strings")
add_library(newsmark_tagger_model OBJECT "${NEWSMARK_TAGGER_SOURCE}")
