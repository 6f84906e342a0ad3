# cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=kSymbol -P embed_file.cmake
# Writes a C++ source defining `const std::string_view lightning::NAME` holding INPUT's bytes, so a
# file ships inside the program (the phone's page: no file to find at run time, nothing to
# download). Bytes as hex, so no character of the file can end a string literal.
file(READ "${INPUT}" bytes HEX)
string(LENGTH "${bytes}" length)
math(EXPR size "${length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," chars "${bytes}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by cmake/embed_file.cmake: do not edit.\n"
  "#include <string_view>\n"
  "namespace lightning {\n"
  "namespace {\n"
  "constexpr char kBytes[] = {${chars}'\\0'};\n"
  "}  // namespace\n"
  "extern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME}{kBytes, ${size}};\n"
  "}  // namespace lightning\n")
