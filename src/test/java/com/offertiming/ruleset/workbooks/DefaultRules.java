package com.offertiming.ruleset.workbooks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * (Re)writes every shipped workbook into a rules folder. The committed workbooks are what analysts edit; this is how
 * the defaults are made reproducibly. Usage: {@code DefaultRules [folder]}, the folder defaulting to {@code rules}.
 */
public final class DefaultRules {

	private DefaultRules() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args.length > 0 ? args[0] : "rules");
		all().forEach((file, workbook) -> workbook.writeTo(folder.resolve(file)));
		System.out.println("Wrote " + all().size() + " workbooks to " + folder.toAbsolutePath());
	}

	/** Every shipped workbook by its path in the rules folder, in ruleflow order. */
	public static Map<String, Workbook> build() {
		Map<String, Workbook> built = new LinkedHashMap<>();
		all().forEach((file, workbook) -> built.put(file, workbook.build()));
		return built;
	}

	static Map<String, DecisionTableWriter> all() {
		Map<String, DecisionTableWriter> all = new LinkedHashMap<>();
		all.putAll(ProfileWorkbooks.workbooks());
		all.putAll(MomentWorkbooks.workbooks());
		all.putAll(OfferWorkbooks.workbooks());
		all.putAll(GateWorkbooks.workbooks());
		all.putAll(ThrottleWorkbooks.workbooks());
		all.putAll(ArbitrationWorkbooks.workbooks());
		return all;
	}

}
