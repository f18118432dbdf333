package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A refusal in the caller's language: title, detail and field messages (Hibernate Validator's and
 * the station's own) in Chinese for the station by default, English when asked.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class ProblemLanguageTest {

    static final String WITHOUT_CHANNEL = "{\"category\":\"HELP\",\"summary\":\"没有渠道\",\"community\":\"wanyuan\"}";

    static ValidatableResponse report(String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(WITHOUT_CHANNEL);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/api/incidents").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldTellAValidationProblemInChineseUnlessEnglishIsPreferred() {
        report("zh-CN,zh;q=0.9,en;q=0.5")
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("请求有误"))
                .body("errors[0].field", equalTo("channel"))
                .body("detail", equalTo("请求中有 1 处填写有误"))
                .body("errors[0].message", equalTo("不能为null"));
        report("en-US,en;q=0.9")
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("The request has 1 invalid field(s)"))
                .body("errors[0].message", equalTo("must not be null"));
        // the station's default for a caller that states no language
        report(null).header("Content-Language", "zh-CN").body("title", equalTo("请求有误"));
    }

    @Test
    void shouldTellTheStationsOwnValidationMessagesInTheCallersLanguage() {
        String badCommunity =
                "{\"channel\":\"WALK_IN\",\"category\":\"HELP\",\"summary\":\"社区有误\",\"community\":\"Wan Yuan\"}";
        for (var language : java.util.Map.of(
                        "zh-CN", "须为社区代码，例如 wanyuan", "en", "must be a community code such as wanyuan")
                .entrySet()) {
            given().contentType(ContentType.JSON)
                    .header("Accept-Language", language.getKey())
                    .body(badCommunity)
                    .post("/api/incidents")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("community"))
                    .body("errors[0].message", equalTo(language.getValue()));
        }
    }

    @Test
    void shouldTitleEveryRefusalByItsStatus() {
        given().header("Accept-Language", "zh-CN")
                .get("/api/incidents/00000000-0000-0000-0000-00000000abcd")
                .then()
                .statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("警情 00000000-0000-0000-0000-00000000abcd 不存在"));
        given().header("Accept-Language", "en")
                .get("/api/incidents/00000000-0000-0000-0000-00000000abcd")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Incident 00000000-0000-0000-0000-00000000abcd does not exist"));
    }
}
