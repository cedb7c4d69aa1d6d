# Writes a C++ source holding a binary file as a byte array, so the library
# needs no file I/O at run time (the wasm build has no files).
#
#   cmake -DINPUT=models/tagger.bin -DOUTPUT=<dir>/tagger_model_data.cc -P models/embed-model.cmake
#
# The source defines newsmark::kTaggerModelData and newsmark::kTaggerModelSize.
if(NOT DEFINED INPUT OR NOT DEFINED OUTPUT)
  message(FATAL_ERROR "usage: cmake -DINPUT=<file> -DOUTPUT=<file.cc> -P embed-model.cmake")
endif()
get_filename_component(input_name "${INPUT}" NAME)
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
# A string literal compiles much faster than a list of numbers; every byte
# is an escape, so no escape can swallow the character after it.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" bytes "${hex}")
string(REPLACE "\\x00" "\\0" bytes "${bytes}")
string(REGEX REPLACE "((\\\\[^\\\\]*){64})" "\\1\"\n\"" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from models/${input_name} by models/embed-model.cmake. Do not edit.\n"
  "#include <cstddef>\n\n"
  "namespace newsmark {\n"
  "extern const unsigned char kTaggerModelData[];\n"
  "extern const std::size_t kTaggerModelSize;\n"
  "alignas(8) const unsigned char kTaggerModelData[] =\n\"${bytes}\";\n"
  "const std::size_t kTaggerModelSize = ${size};\n"
  "}  // namespace newsmark\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
