//! Generates the `i18n` module from `locales/*.json` (the locales listed under
//! `[package.metadata.leptos-i18n]` in Cargo.toml), so a missing or malformed translation fails the build.

use leptos_i18n_parser::parse_locales::{
    cfg_file::ConfigFile,
    options::{Config, ParseOptions},
    parse_locales,
};
use std::{env, error::Error, fs, path::PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    let mut dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let config: Config = ConfigFile::new(&mut dir)?.into();
    let config = config.parse_options(ParseOptions::default().interpolate_display(true));
    let parsed = parse_locales(None, config)?;
    for warning in parsed.diag.warnings().iter() {
        println!("cargo::warning={warning}");
    }
    let errors = parsed.diag.errors();
    for error in errors.iter() {
        println!("cargo::error={error}");
    }
    for file in parsed.tracked_files.iter().flatten() {
        println!("cargo::rerun-if-changed={file}");
    }
    let attributes: proc_macro2::TokenStream = "#![allow(clippy::all, missing_docs)]".parse()?;
    let code = leptos_i18n_codegen::gen_code(&parsed, None, false, Some(&attributes), true)?;
    let out = PathBuf::from(env::var("OUT_DIR")?).join("i18n");
    fs::create_dir_all(&out)?;
    fs::write(out.join("mod.rs"), code.to_string())?;
    Ok(())
}
