// The UI's translations as compiled tables (scene/translations/strings_<language>.cpp), for the
// native tests and for atlas-data, which writes them out as data/ui-<tag>.json for the web app.
// The web app does not link them: it reads a language's file when a reader needs it.
#pragma once
#include "scene/strings.h"

namespace accord::scene {

const Strings& french_strings();
const Strings& spanish_strings();
const Strings& russian_strings();
const Strings& chinese_strings();

// The table of `language` (English's for English).
const Strings& builtin_strings(Language language);
// Installs every table (strings_for then has them all).
void install_builtin_translations();

}  // namespace accord::scene
