// The compiled translation tables: see translations.h.
#include "scene/translations/translations.h"

namespace accord::scene {

const Strings& builtin_strings(Language language) {
    switch (language) {
        case Language::en: return strings_for(Language::en);
        case Language::fr: return french_strings();
        case Language::es: return spanish_strings();
        case Language::ru: return russian_strings();
        case Language::zh_hans: return chinese_strings();
    }
    return strings_for(Language::en);
}

void install_builtin_translations() {
    for (const Language language : all_languages) {
        if (language != Language::en) install_strings(language, &builtin_strings(language));
    }
}

}  // namespace accord::scene
