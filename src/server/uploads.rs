//! Logos and portraits: checked by their content (PNG, JPEG or WebP), decoded under strict limits,
//! re-encoded without their metadata at a few fixed sizes, and stored under the data directory with
//! names the server makes up. Names never change meaning, so the files are cached for good.

use std::{
    io::Cursor,
    path::{Path, PathBuf},
};

use image::{
    DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, codecs::jpeg::JpegEncoder,
};

/// Largest file accepted.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
/// Larger images are refused before they are decoded: a small file can hide a huge picture.
const MAX_SIDE: u32 = 6000;
const MAX_DECODE_BYTES: u64 = 160 * 1024 * 1024;
/// Square bounding boxes the image is fitted into.
pub const SIZES: [u32; 3] = [64, 160, 400];

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    #[error("empty upload")]
    Empty,
    #[error("file too large")]
    TooLarge,
    #[error("not a PNG, JPEG or WebP image")]
    NotAnImage,
    #[error("image dimensions over the limit")]
    TooManyPixels,
    #[error("image cannot be decoded")]
    Corrupt,
    #[error("image cannot be stored")]
    Storage,
}

impl UploadError {
    /// Short code carried in the address after a refused upload.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "vide",
            Self::TooLarge => "trop_lourd",
            Self::NotAnImage => "format",
            Self::TooManyPixels => "dimensions",
            Self::Corrupt => "illisible",
            Self::Storage => "stockage",
        }
    }
}

/// The stored versions of one image: `<key>-<size>.<ext>` for each size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub key: String,
}

/// The public address of `key` at the size closest to `size`.
pub fn url(key: &str, size: u32) -> String {
    let size = SIZES.iter().copied().find(|s| *s >= size).unwrap_or(SIZES[SIZES.len() - 1]);
    match key.rsplit_once('.') {
        Some((stem, ext)) => format!("/uploads/{stem}-{size}.{ext}"),
        None => format!("/uploads/{key}-{size}"),
    }
}

pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join("uploads")
}

/// Checks, decodes and re-encodes `bytes`, then writes every size. CPU-bound: call it from a
/// blocking thread.
pub fn store_image(bytes: &[u8], uploads_dir: &Path) -> Result<Stored, UploadError> {
    let image = decode(bytes)?;
    let (ext, format) = if image.color().has_alpha() {
        ("png", ImageFormat::Png)
    } else {
        ("jpg", ImageFormat::Jpeg)
    };
    let stem = crate::server::auth::tokens::new_token()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(24)
        .collect::<String>()
        .to_ascii_lowercase();
    std::fs::create_dir_all(uploads_dir).map_err(|err| {
        tracing::error!(error = %err, "cannot create the uploads directory");
        UploadError::Storage
    })?;
    for size in SIZES {
        let fitted = if image.width() > size || image.height() > size {
            image.resize(size, size, image::imageops::FilterType::Lanczos3)
        } else {
            image.clone()
        };
        let encoded = encode(&fitted, format)?;
        let path = uploads_dir.join(format!("{stem}-{size}.{ext}"));
        let partial = uploads_dir.join(format!(".{stem}-{size}.{ext}.part"));
        std::fs::write(&partial, &encoded)
            .and_then(|()| std::fs::rename(&partial, &path))
            .map_err(|err| {
                tracing::error!(error = %err, "cannot write an uploaded image");
                UploadError::Storage
            })?;
    }
    Ok(Stored { key: format!("{stem}.{ext}") })
}

/// Removes every size of `key`; a file already gone is fine.
pub fn remove(key: &str, uploads_dir: &Path) {
    let Some((stem, ext)) = key.rsplit_once('.') else { return };
    if !stem.chars().all(|c| c.is_ascii_alphanumeric()) || !matches!(ext, "png" | "jpg") {
        return;
    }
    for size in SIZES {
        let _ = std::fs::remove_file(uploads_dir.join(format!("{stem}-{size}.{ext}")));
    }
}

fn decode(bytes: &[u8]) -> Result<DynamicImage, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(UploadError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| UploadError::NotAnImage)?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) {
        return Err(UploadError::NotAnImage);
    }
    // The header alone tells the dimensions: a bomb is refused before any pixel is decoded.
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(decode_limits());
    let (width, height) = reader.into_dimensions().map_err(classify)?;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(UploadError::TooManyPixels);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let limits = decode_limits();
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let mut limits = limits;
    limits.reserve(decoder.total_bytes()).map_err(classify)?;
    // Phones store portraits sideways with an orientation tag; the tag goes with the metadata, so
    // turn the pixels first.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(classify)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn decode_limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

fn classify(err: image::ImageError) -> UploadError {
    match err {
        image::ImageError::Limits(_) => UploadError::TooManyPixels,
        image::ImageError::Unsupported(_) => UploadError::NotAnImage,
        _ => UploadError::Corrupt,
    }
}

fn encode(image: &DynamicImage, format: ImageFormat) -> Result<Vec<u8>, UploadError> {
    let mut out = Cursor::new(Vec::new());
    let result = match format {
        ImageFormat::Jpeg => {
            let rgb = image.to_rgb8();
            JpegEncoder::new_with_quality(&mut out, 85).encode_image(&rgb)
        }
        _ => image.write_to(&mut out, ImageFormat::Png),
    };
    result.map_err(|err| {
        tracing::error!(error = %err, "cannot encode an uploaded image");
        UploadError::Corrupt
    })?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba([11, 79, 108, 255]));
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgba8(image).write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn an_image_is_stored_at_every_size() {
        let dir = tempfile::tempdir().unwrap();
        let stored = store_image(&png(900, 300), dir.path()).unwrap();
        assert!(stored.key.ends_with(".png"));
        for size in SIZES {
            let url = url(&stored.key, size);
            let file = dir.path().join(url.trim_start_matches("/uploads/"));
            let image = image::open(&file).unwrap();
            assert_eq!(image.width(), size.min(900), "{url}");
        }
        remove(&stored.key, dir.path());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn content_decides_not_the_name() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(store_image(b"GIF89a not really", dir.path()), Err(UploadError::NotAnImage));
        assert_eq!(
            store_image(b"hello, I am a text file", dir.path()),
            Err(UploadError::NotAnImage)
        );
        assert_eq!(store_image(b"", dir.path()), Err(UploadError::Empty));
        let mut broken = png(10, 10);
        broken.truncate(broken.len() / 2);
        assert_eq!(store_image(&broken, dir.path()), Err(UploadError::Corrupt));
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_decoding() {
        // 20 000 × 20 000 pixels of one colour compress to a few hundred kilobytes.
        let mut out = Cursor::new(Vec::new());
        let encoder = image::codecs::png::PngEncoder::new(&mut out);
        let side = 20_000u32;
        let row = vec![0u8; side as usize];
        let pixels: Vec<u8> = std::iter::repeat_n(&row, side as usize).flatten().copied().collect();
        image::ImageEncoder::write_image(
            encoder,
            &pixels,
            side,
            side,
            image::ExtendedColorType::L8,
        )
        .unwrap();
        let bomb = out.into_inner();
        assert!(bomb.len() < MAX_UPLOAD_BYTES, "{} bytes", bomb.len());
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(store_image(&bomb, dir.path()), Err(UploadError::TooManyPixels));
    }

    #[test]
    fn urls_pick_the_next_size_up() {
        assert_eq!(url("abc.jpg", 100), "/uploads/abc-160.jpg");
        assert_eq!(url("abc.png", 1000), "/uploads/abc-400.png");
        assert_eq!(url("abc.png", 10), "/uploads/abc-64.png");
    }
}
