# usage: ruby jekyll_liquid.rb SITE_DIR [NOW]
# Like tests/jekyll/publish.rb, but each document's body with Liquid only (no Markdown): one
# JSON line per document Jekyll publishes (future posts too), with its `path` and `liquid`
# (null where Jekyll's Liquid fails). liquid_fidelity.py --liquid-only compares herald's
# Liquid with this.
require "jekyll"
require "json"
require "tmpdir"

source = File.expand_path(ARGV.fetch(0))
# as /work/shared/sites/jekyll_docs.rb reads a site: its own config, without theme or plugins
cfg_file = File.join(source, "_config.yml")
user = File.exist?(cfg_file) ? (SafeYAML.load_file(cfg_file) || {} rescue {}) : {}
overrides = {
  "source" => source, "destination" => Dir.mktmpdir("herald-jekyll-"), "quiet" => true,
  "theme" => nil, "plugins" => [], "gems" => [], "whitelist" => [], "safe" => false,
  "incremental" => false, "disable_disk_cache" => true, "future" => true,
}
overrides["time"] = ARGV[1] if ARGV[1]
config = Jekyll.configuration(user.merge(overrides))
config["plugins"] = []
config["theme"] = nil
config["gems"] = []
site = Jekyll::Site.new(config)
site.reset
site.read
site.generate rescue nil
payload = site.site_payload
site.collections.each_value do |collection|
  next unless collection.label == "posts" || collection.write?
  collection.docs.each do |doc|
    liquid = begin
      renderer = Jekyll::Renderer.new(site, doc, payload)
      renderer.layouts = {}
      payload["page"] = doc.to_liquid
      payload["paginator"] = nil
      payload["highlighter_prefix"] = ""
      payload["highlighter_suffix"] = ""
      info = { :registers => { :site => site, :page => payload["page"] },
               :strict_filters => false, :strict_variables => false }
      renderer.render_liquid(doc.content, payload, info, doc.path)
    rescue StandardError
      nil
    end
    puts JSON.generate("path" => doc.relative_path, "liquid" => liquid)
  end
end
