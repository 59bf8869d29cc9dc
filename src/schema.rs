//! The JSON Schemas (draft 2020-12) of the input and the output, generated from the types; the
//! files in `schema/` are these, written out (a test keeps them so).

use schemars::generate::{Contract, SchemaSettings};
use schemars::{JsonSchema, Schema};

use crate::dossier::{Dossier, DossierUitkomst};
use crate::fout::Foutmelding;

/// The schema of a dossier, as the crate reads it.
///
/// ```
/// let schema = wi2021_boetes::dossier_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["title"], "Dossier");
/// ```
pub fn dossier_schema() -> serde_json::Value {
    instellingen(Contract::Deserialize)
        .into_generator()
        .into_root_schema_for::<Dossier>()
        .to_value()
}

/// The schema of what the crate writes for one dossier: the outcome, or the fault.
///
/// ```
/// let schema = wi2021_boetes::uitkomst_schema();
/// assert_eq!(schema["title"], "Uitkomst");
/// ```
pub fn uitkomst_schema() -> serde_json::Value {
    instellingen(Contract::Serialize)
        .into_generator()
        .into_root_schema_for::<Uitvoer<'_>>()
        .to_value()
}

/// An amount as the input writes it: a string with a point, never a JSON number.
pub(crate) struct Bedrag;

impl JsonSchema for Bedrag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Bedrag".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "An amount in euros, written as a string with a point, for example \"25.00\"."
        })
    }
}

/// The settings of both schemas: draft 2020-12, and of each description its first paragraphs,
/// without the code examples of the crate's documentation.
fn instellingen(contract: Contract) -> SchemaSettings {
    let mut settings = SchemaSettings::draft2020_12();
    settings.contract = contract;
    settings
        .transforms
        .push(Box::new(schemars::transform::RecursiveTransform(
            zonder_voorbeelden,
        )));
    settings
}

/// A description up to its first code example.
fn zonder_voorbeelden(schema: &mut Schema) {
    let Some(serde_json::Value::String(tekst)) = schema.get_mut("description") else {
        return;
    };
    if let Some((voor, _)) = tekst.split_once("```") {
        *tekst = voor.trim_end().to_owned();
    }
}

/// One answer of the output: the outcome, or the fault.
#[derive(JsonSchema)]
#[schemars(rename = "Uitkomst", untagged)]
#[allow(dead_code)]
enum Uitvoer<'a> {
    Uitkomst(DossierUitkomst<'a>),
    Fout(Foutmelding<'a>),
}

/// A step in JSON is its kind and facts (as derived), with its article, and in full also its
/// link and sentence: those are added to each kind here.
pub(crate) fn stap_met_artikel(schema: &mut Schema) {
    let extra = serde_json::json!({
        "artikel": { "$ref": "#/$defs/Artikel" },
        "link": { "type": "string", "description": "The article's stable link (in full only)." },
        "zin": { "type": "string", "description": "The Dutch sentence for the beschikking (in full only)." }
    });
    let Some(soorten) = schema.get_mut("oneOf").and_then(|s| s.as_array_mut()) else {
        return;
    };
    for soort in soorten {
        if let Some(eigenschappen) = soort.get_mut("properties").and_then(|p| p.as_object_mut()) {
            if let Some(extra) = extra.as_object() {
                eigenschappen.extend(extra.clone());
            }
        }
        if let Some(verplicht) = soort.get_mut("required").and_then(|r| r.as_array_mut()) {
            verplicht.push(serde_json::json!("artikel"));
        }
    }
}
