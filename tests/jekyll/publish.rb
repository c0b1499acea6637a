# usage: ruby publish.rb SITE_DIR [NOW]
# Prints one JSON line for every document Jekyll publishes from SITE_DIR (posts, and documents
# of collections with `output: true`): its collection, path, url, date, title, categories,
# tags, whether it is published, and its body as Jekyll renders it (Liquid, then the Markdown
# converter; layouts are not applied). `html` is null where Jekyll itself fails on the body.
# The site's theme and plugins are left out, so a fixture says what plain Jekyll makes of it.
require "jekyll"
require "json"
require "tmpdir"

source = File.expand_path(ARGV.fetch(0))
# Jekyll.configuration reads SOURCE/_config.yml itself; these settings go on top of it
settings = {
  "source" => source, "destination" => Dir.mktmpdir("herald-jekyll-"), "quiet" => true,
  "theme" => nil, "plugins" => [], "gems" => [], "whitelist" => [], "incremental" => false,
  "disable_disk_cache" => true,
}
settings["time"] = ARGV[1] if ARGV[1] # site.time: "now" for future posts and broken front matter
site = Jekyll::Site.new(Jekyll.configuration(settings))
site.reset
site.read
site.generate
payload = site.site_payload
site.collections.each_value do |collection|
  next unless collection.label == "posts" || collection.write?
  collection.docs.each do |doc|
    html = begin
      renderer = Jekyll::Renderer.new(site, doc, payload)
      renderer.layouts = {}
      renderer.run
    rescue StandardError
      nil
    end
    puts JSON.generate(
      "collection" => collection.label, "path" => doc.relative_path, "url" => doc.url,
      "date" => doc.date.iso8601, "title" => doc.data["title"].to_s,
      "categories" => doc.data["categories"], "tags" => doc.data["tags"],
      "published" => doc.data.fetch("published", true), "html" => html
    )
  end
end
